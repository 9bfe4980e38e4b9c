/// Independent answers to "what is the diff of these two texts": GNU `diff` (a minimal
/// edit count with `--minimal`, see `bench/PEERS.md`, "Oracle") and a textbook
/// longest-common-subsequence table.
public enum DiffOracle {
    /// Why an oracle could not answer.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Runs GNU `diff ARGUMENTS OLD NEW` once per pair and returns each output.
    ///
    /// All pairs go into one temporary folder and one `sh` loop, so a batch costs one
    /// process start from the test, not one per pair.
    /// - Throws: `Failure` when `diff` exits with 2 (trouble) on any pair.
    public static func gnuDiff(_ arguments: [String], _ pairs: [TextPair]) throws -> [[UInt8]] {
        guard !pairs.isEmpty else { return [] }
        let folder = try TemporaryFolder("converge-oracle")
        for (index, pair) in pairs.enumerated() {
            try TextFiles.write(folder.file("o\(index)"), pair.old)
            try TextFiles.write(folder.file("n\(index)"), pair.new)
        }
        let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
        let script = """
            i=0
            while [ $i -lt \(pairs.count) ]; do
              diff \(quoted) o$i n$i > d$i
              [ $? -le 1 ] || { echo "diff failed on pair $i" >&2; exit 3; }
              i=$((i + 1))
            done
            """
        let result = try Subprocess.run("sh", ["-c", script], directory: folder.path)
        guard result.status == 0 else { throw Failure(description: result.stderrText) }
        return try pairs.indices.map { try folder.read("d\($0)") }
    }

    /// The edit count (deleted plus inserted lines) of GNU `diff -a --minimal` for each pair.
    public static func gnuMinimalEditCounts(_ pairs: [TextPair]) throws -> [Int] {
        try gnuDiff(["-a", "--minimal"], pairs).map(editCount(normalFormat:))
    }

    /// The edit count of GNU `diff -a` (its default heuristics) for each pair.
    public static func gnuDefaultEditCounts(_ pairs: [TextPair]) throws -> [Int] {
        try gnuDiff(["-a"], pairs).map(editCount(normalFormat:))
    }

    /// Deleted plus inserted lines of a diff in GNU's normal format, read from its
    /// command lines (`3,5c4`, `7a8,9`, `2d1`); the `<`/`>` lines are not needed.
    public static func editCount(normalFormat output: [UInt8]) -> Int {
        var total = 0
        for line in TextLines.split(output) {
            guard let first = line.first, (0x30...0x39).contains(first) else { continue }
            let text = String(decoding: line, as: UTF8.self).trimmingSuffix("\n")
            guard let command = text.firstIndex(where: { "acd".contains($0) }) else { continue }
            let oldCount = count(text[..<command]), newCount = count(text[text.index(after: command)...])
            switch text[command] {
            case "a": total += newCount
            case "d": total += oldCount
            default: total += oldCount + newCount
            }
        }
        return total
    }

    /// Lines in a range written `L` or `L,M`.
    private static func count(_ range: Substring) -> Int {
        let bounds = range.split(separator: ",").compactMap { Int($0) }
        return bounds.count == 2 ? bounds[1] - bounds[0] + 1 : 1
    }

    /// The minimal edit count by dynamic programming: `n + m - 2 · LCS`.
    /// - Complexity: O(n·m) time, O(m) space; meant for texts of a few hundred lines.
    public static func minimalEditCount(old: [UInt8], new: [UInt8]) -> Int {
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func id(_ line: ArraySlice<UInt8>) -> Int {
            if let known = ids[line] { return known }
            ids[line] = ids.count
            return ids.count - 1
        }
        let a = TextLines.split(old).map(id), b = TextLines.split(new).map(id)
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in a.indices {
            for j in b.indices {
                current[j + 1] = a[i] == b[j] ? previous[j] + 1 : max(previous[j + 1], current[j])
            }
            swap(&previous, &current)
        }
        return a.count + b.count - 2 * previous[b.count]
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? self.dropLast(suffix.count) : self[...]
    }
}
