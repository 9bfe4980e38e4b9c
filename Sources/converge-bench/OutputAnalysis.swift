/// What the report needs from one tool's standard output.
struct OutputAnalysis {
    /// Inserted plus deleted lines (two-way tools).
    var edits: Int?
    /// Lines starting with `<<<<<<<` (merge tools).
    var conflictMarkers: Int?
    /// Set when the output is not what the format promises; the row is then reported as failed.
    var problem: String?

    /// Reads `output` as `format`, given the tool's exit code (for diffs, 0 must mean no output).
    static func read(_ output: [UInt8], as format: BenchTool.OutputFormat, exitCode: Int32) -> OutputAnalysis {
        switch format {
        case .unified: return checkedDiff(UnifiedDiffCounter.count(output), output: output, exitCode: exitCode)
        case .normal: return checkedDiff(normalEdits(output), output: output, exitCode: exitCode)
        case .merge: return OutputAnalysis(conflictMarkers: conflictMarkers(output))
        }
    }

    /// A diff that says "same" (0) must print nothing; one that says "different" (1) must
    /// print at least one edit.
    private static func checkedDiff(_ counted: Result<Int, BenchError>, output: [UInt8], exitCode: Int32) -> OutputAnalysis {
        switch counted {
        case .failure(let error):
            return OutputAnalysis(problem: error.description)
        case .success(let edits):
            if exitCode == 0, !output.isEmpty {
                return OutputAnalysis(edits: edits, problem: "exit 0 (same) but printed \(output.count) bytes: \(firstLine(output))")
            }
            if exitCode == 1, edits == 0 {
                return OutputAnalysis(edits: edits, problem: "exit 1 (different) but no edit in the output: \(firstLine(output))")
            }
            return OutputAnalysis(edits: edits)
        }
    }

    /// GNU diff's normal format: every deleted line starts with `< `, every inserted with `> `;
    /// command lines (`5c5`, `---`) start otherwise.
    private static func normalEdits(_ output: [UInt8]) -> Result<Int, BenchError> {
        var edits = 0
        forEachLine(output) { line in
            if let first = line.first, first == UInt8(ascii: "<") || first == UInt8(ascii: ">") { edits += 1 }
        }
        return .success(edits)
    }

    private static func conflictMarkers(_ output: [UInt8]) -> Int {
        let marker = Array("<<<<<<<".utf8)
        var count = 0
        forEachLine(output) { line in
            if line.starts(with: marker) { count += 1 }
        }
        return count
    }

    /// Calls `body` with each line of `bytes`, without its newline.
    static func forEachLine(_ bytes: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            body(bytes[start..<end])
            start = end + 1
        }
    }

    /// The first line of an output, shortened, for a message.
    static func firstLine(_ bytes: [UInt8]) -> String {
        let end = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let text = String(decoding: bytes[0..<min(end, 80)], as: UTF8.self)
        return "'\(text)'"
    }
}
