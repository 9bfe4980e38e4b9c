import Foundation

/// The three-way table: times and peak RSS of every merge, exit codes and conflict markers,
/// and converge's ratios against the faster peer and against diff3's memory.
struct MergeReport {
    let cells: ResultCells

    private static let tools = ["converge merge-file -p", "git merge-file -p", "diff3 -m"]
    private static let shortNames = ["converge", "git", "diff3"]

    func table(_ cases: [CaseResults], equalToGit: [String?]) -> MarkdownTable {
        let header = ["case", "size"] + Self.tools.map { "`\($0)`" } + Self.shortNames.map { "rc \($0)" }
            + Self.shortNames.map { "<<<<<<< \($0)" }
            + ["time ÷ min(git, diff3)", "mem ÷ diff3", "output = git merge-file"]
        var table = MarkdownTable(header: header, firstNumberColumn: 2)
        for (results, equal) in zip(cases, equalToGit) {
            let tools = Self.tools.map { results[$0] }
            var row = [results.input.scenario.rawValue, results.input.sizeLabel]
            row += tools.map { cells.timeAndMemory($0, &table.footnotes) }
            row += tools.map { result in result?.exitCode.map { String($0) } ?? "—" }
            row += tools.map { cells.count($0?.analysis.conflictMarkers) }
            row.append(cells.timeRatio(tools[0], fasterPeer(tools[1], tools[2])))
            row.append(cells.memoryRatio(tools[0], tools[2]))
            row.append(equal ?? "—")
            table.rows.append(row)
        }
        return table
    }

    /// The faster of two measured peers (either one if only one was measured).
    private func fasterPeer(_ first: ToolResult?, _ second: ToolResult?) -> ToolResult? {
        let measured = [first, second].compactMap { $0 }.filter(\.isMeasured)
        return measured.min { $0.medianSeconds < $1.medianSeconds } ?? first
    }

    /// `yes` if converge's merged output is byte-equal to `git merge-file -p`'s, else `no` with
    /// the first line that differs; nil when either produced no output.
    static func comparedToGit(_ results: CaseResults) -> String? {
        guard let convergeFile = results["converge merge-file -p"]?.savedOutput,
              let gitFile = results["git merge-file -p"]?.savedOutput,
              let converge = FileManager.default.contents(atPath: convergeFile),
              let git = FileManager.default.contents(atPath: gitFile) else { return nil }
        if converge == git { return "yes" }
        let line = converge.withUnsafeBytes { mine in
            git.withUnsafeBytes { theirs in
                var common = 0
                let shorter = min(mine.count, theirs.count)
                while common < shorter, mine[common] == theirs[common] { common += 1 }
                return mine[..<common].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            }
        }
        return "no (line \(Formatting.count(line)))"
    }
}
