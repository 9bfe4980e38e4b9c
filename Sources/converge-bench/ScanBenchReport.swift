/// The scan table: converge's whole run, its two phases, the two peers, and the two
/// ratios the issue sets goals for (classify ÷ `diff -rq` ≤ 1×, plan ÷ `grep` ≤ 20×).
struct ScanBenchReport {
    /// What was measured for the one pair of trees.
    struct Row {
        let files: Int
        let scan: ToolResult
        /// Medians of converge's own phase times; nil when it printed none.
        let classifySeconds: Double?
        let planSeconds: Double?
        let diff: ToolResult
        let grep: ToolResult
        let grepLabel: String
    }

    let timeout: Double

    func table(_ row: Row) -> MarkdownTable {
        let header = ["trees", "`converge scan --json`", "classify", "plan", "`diff -rq`", "`\(row.grepLabel)`",
                      "classify ÷ diff -rq (goal ≤ 1.0×)", "plan ÷ grep (goal ≤ 20×)"]
        var table = MarkdownTable(header: header, firstNumberColumn: 1)
        let cells = ResultCells(timeout: timeout)
        table.rows.append([
            "\(Formatting.count(row.files)) files",
            cells.timeAndMemory(row.scan, &table.footnotes),
            phase(row.classifySeconds, row.scan),
            phase(row.planSeconds, row.scan),
            cells.timeAndMemory(row.diff, &table.footnotes),
            cells.timeAndMemory(row.grep, &table.footnotes),
            ratio(row.classifySeconds, row.scan, row.diff),
            ratio(row.planSeconds, row.scan, row.grep),
        ])
        return table
    }

    private func phase(_ seconds: Double?, _ scan: ToolResult) -> String {
        guard scan.isMeasured, let seconds else { return "—" }
        return Formatting.seconds(seconds)
    }

    private func ratio(_ seconds: Double?, _ scan: ToolResult, _ peer: ToolResult) -> String {
        guard scan.isMeasured, peer.isMeasured, let seconds, peer.medianSeconds > 0 else { return "—" }
        return Formatting.ratio(seconds / peer.medianSeconds)
    }
}
