/// Counts the edits of a unified diff by walking its hunks.
///
/// A line's first byte alone cannot tell a header from content: a deleted line `-- x` is
/// printed `--- x`, which looks like a file header. So hunk bodies are walked by the lengths
/// in their `@@ -a,b +c,d @@` headers, and only lines outside a body may be headers.
enum UnifiedDiffCounter {
    /// Header lines allowed between hunks (GNU diff -u and git's extended headers).
    private static let headerPrefixes: [[UInt8]] = [
        "--- ", "+++ ", "diff ", "index ", "old mode", "new mode", "deleted file", "new file",
        "similarity", "dissimilarity", "rename ", "copy ", "Binary files", "\\",
    ].map { Array($0.utf8) }

    /// Inserted plus deleted lines, or a description of the first line that breaks the format.
    static func count(_ output: [UInt8]) -> Result<Int, BenchError> {
        var edits = 0
        var oldLeft = 0, newLeft = 0
        var lineNumber = 0
        var problem: String?
        OutputAnalysis.forEachLine(output) { line in
            guard problem == nil else { return }
            lineNumber += 1
            if oldLeft > 0 || newLeft > 0 {
                switch line.first {
                case UInt8(ascii: " "), nil: oldLeft -= 1; newLeft -= 1
                case UInt8(ascii: "-"): oldLeft -= 1; edits += 1
                case UInt8(ascii: "+"): newLeft -= 1; edits += 1
                case UInt8(ascii: "\\"): break
                default: problem = describe(lineNumber, line, "is not a hunk line")
                }
                if oldLeft < 0 || newLeft < 0 { problem = describe(lineNumber, line, "makes a hunk longer than its header") }
            } else if line.starts(with: "@@ ".utf8) {
                guard let lengths = hunkLengths(line) else { return problem = describe(lineNumber, line, "is a bad hunk header") }
                (oldLeft, newLeft) = lengths
            } else if !headerPrefixes.contains(where: { line.starts(with: $0) }) {
                problem = describe(lineNumber, line, "is not a unified diff line")
            }
        }
        if problem == nil, oldLeft > 0 || newLeft > 0 { problem = "the output ends inside a hunk" }
        return problem.map { .failure(BenchError($0)) } ?? .success(edits)
    }

    private static func describe(_ number: Int, _ line: ArraySlice<UInt8>, _ what: String) -> String {
        "line \(number) \(what): \(OutputAnalysis.firstLine(Array(line)))"
    }

    /// The old and new lengths of `@@ -a[,b] +c[,d] @@` (a missing length means 1).
    static func hunkLengths(_ line: ArraySlice<UInt8>) -> (Int, Int)? {
        let fields = line.split(separator: UInt8(ascii: " "), maxSplits: 3)
        guard fields.count >= 3, fields[1].first == UInt8(ascii: "-"), fields[2].first == UInt8(ascii: "+"),
              let old = rangeLength(fields[1].dropFirst()), let new = rangeLength(fields[2].dropFirst()) else {
            return nil
        }
        return (old, new)
    }

    private static func rangeLength(_ field: ArraySlice<UInt8>) -> Int? {
        let parts = field.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard parts.count <= 2, Int(String(decoding: parts[0], as: UTF8.self)) != nil else { return nil }
        return parts.count == 2 ? Int(String(decoding: parts[1], as: UTF8.self)) : 1
    }
}
