/// The two-way table: times and peak RSS of every diff, edit counts, and converge's ratios
/// against GNU diff (the fastest peer) and `diff --minimal` (the minimality oracle).
struct TwoWayReport {
    let cells: ResultCells

    private static let tools = ["converge diff", "converge diff --minimal", "diff", "diff --minimal",
                                "git diff", "git diff --minimal"]
    private static let shortNames = ["converge", "converge --minimal", "diff", "diff --minimal",
                                     "git", "git --minimal"]

    func table(_ cases: [CaseResults]) -> MarkdownTable {
        let header = ["case", "size"] + Self.tools.map { "`\($0)`" } + Self.shortNames.map { "edits \($0)" }
            + ["time ÷ diff", "mem ÷ diff", "--minimal time ÷ diff --minimal", "--minimal edits = diff --minimal"]
        var table = MarkdownTable(header: header, firstNumberColumn: 2)
        for results in cases {
            var row = [results.input.scenario.rawValue, results.input.sizeLabel]
            row += Self.tools.map { cells.timeAndMemory(results[$0], &table.footnotes) }
            row += Self.tools.map { cells.count(results[$0]?.analysis.edits) }
            row.append(cells.timeRatio(results["converge diff"], results["diff"]))
            row.append(cells.memoryRatio(results["converge diff"], results["diff"]))
            row.append(cells.timeRatio(results["converge diff --minimal"], results["diff --minimal"]))
            row.append(minimalityCell(results, &table.footnotes))
            table.rows.append(row)
        }
        return table
    }

    /// Whether converge's `--minimal` count equals the minimum: `diff --minimal`'s count, or
    /// for `disjoint` (no line shared) simply all lines of both sides.
    private func minimalityCell(_ results: CaseResults, _ notes: inout Footnotes) -> String {
        guard let converge = results["converge diff --minimal"]?.analysis.edits else { return "—" }
        var minimum = results["diff --minimal"]?.analysis.edits
        var source = ""
        if minimum == nil, results.input.scenario == .disjoint {
            minimum = results.input.lineCounts.reduce(0, +)
            source = notes.mark("disjoint shares no line, so the minimum is the sum of both sides' lines")
        }
        guard let minimum else { return "—" }
        if converge == minimum { return "yes" + source }
        let excess = converge - minimum
        return "no (\(excess > 0 ? "+" : "")\(Formatting.count(excess)))" + source
    }
}
