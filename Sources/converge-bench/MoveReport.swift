/// The move table: one row per move, with the four commands' times and peak RSS, the two
/// ratios the issue sets goals for, and how many modules import after each tool's move.
struct MoveReport {
    /// What was measured for one move.
    struct Row {
        let move: String
        let lines: Int
        let dryRun: ToolResult
        let converge: ToolResult
        let grep: ToolResult
        let libcst: ToolResult
        /// `(imported, first failure)` per tool; nil when the tool produced no tree.
        let convergeImports: (imported: Int, firstFailure: String?)?
        let libcstImports: (imported: Int, firstFailure: String?)?
        let candidates: MoveImportCheck.Candidates?
    }

    /// Times of every row but LibCST's are shown against `timeout`; LibCST has its own limit.
    let timeout: Double
    let libcstTimeout: Double

    func table(_ rows: [Row], grepLabel: String) -> MarkdownTable {
        let header = ["move", "lines", "`converge move --dry-run`", "`converge move`", "`\(grepLabel)`",
                      "LibCST `RenameCommand`", "move ÷ LibCST (goal ≤ 0.01×)", "dry-run ÷ grep (goal ≤ 20×)",
                      "import after converge", "import after LibCST"]
        var table = MarkdownTable(header: header, firstNumberColumn: 1)
        let cells = ResultCells(timeout: timeout)
        let libcstCells = ResultCells(timeout: libcstTimeout)
        for row in rows {
            var libcstCell = libcstCells.timeAndMemory(row.libcst, &table.footnotes)
            if row.libcst.isMeasured, row.libcst.exitCode == 1 {
                libcstCell += table.footnotes.mark("LibCST exited 1: it failed to codemod some files and left them as they were")
            }
            table.rows.append([
                row.move, Formatting.count(row.lines),
                cells.timeAndMemory(row.dryRun, &table.footnotes),
                cells.timeAndMemory(row.converge, &table.footnotes),
                cells.timeAndMemory(row.grep, &table.footnotes),
                libcstCell,
                libcstCells.timeRatio(row.converge, row.libcst),
                cells.timeRatio(row.dryRun, row.grep),
                importCell(row.convergeImports, row.candidates, &table.footnotes),
                importCell(row.libcstImports, row.candidates, &table.footnotes),
            ])
        }
        if let skipped = rows.compactMap(\.candidates).first?.failingBefore, skipped > 0 {
            _ = table.footnotes.mark("\(skipped) module(s) that already fail to import in the untouched copy are not counted")
        }
        return table
    }

    /// `N of M import`, with the first failing module as a footnote.
    private func importCell(_ outcome: (imported: Int, firstFailure: String?)?,
                            _ candidates: MoveImportCheck.Candidates?, _ notes: inout Footnotes) -> String {
        guard let outcome, let candidates else { return "—" }
        var cell = "\(Formatting.count(outcome.imported)) of \(Formatting.count(candidates.names.count)) import"
        if let failure = outcome.firstFailure { cell += notes.mark("first failure: \(failure)") }
        return cell
    }
}
