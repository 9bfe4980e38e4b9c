import Migration

/// Draws the Imports screen: the counts on top, the proposals grouped by file and kind
/// (only the rows in view), and a line about the selected entry at the bottom.
///
/// A proposal takes two rows, its before text above its after text in one column, so
/// the change reads as a diff at any width (a one-row `before → after` left about 20
/// columns for each side at 60 columns); its status sits at the right of the first row,
/// and `h`/`l` scroll the texts (and a flag's reason) sideways. The rows show the text a
/// proposal replaces, not its whole line: the plan keeps no file text outside the
/// merges, and the interface reads no file.
enum ImportsView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let imports = state.imports
        guard rect.height >= 3 else {
            drawList(state, in: rect, on: &screen)
            return
        }
        let (top, rest) = rect.splitTop(1)
        let (list, bottom) = rest.splitBottom(1)
        drawTotals(state, in: top, on: &screen)
        if imports.entries.isEmpty {
            screen.put("No import rewrites: nothing names a moved module.", x: list.x, y: list.y, limit: list.width, style: CellStyle(.dim))
            return
        }
        drawList(state, in: list, on: &screen)
        drawDetail(state, in: bottom, on: &screen)
    }

    /// `23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags`.
    private static func drawTotals(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let imports = state.imports
        let totals = current(imports.totals, state)
        var x = rect.x
        let files = imports.groups.files.count
        let parts: [(String, StyleRole)] = [
            ("  ✓ \(totals.all.accepted) accepted", .proposalAccepted),
            ("  ✗ \(totals.all.rejected) rejected", .proposalRejected),
            ("  ! \(totals.all.flags) flag\(totals.all.flags == 1 ? "" : "s")", .proposalFlag),
        ]
        let counts = parts.reduce(0) { $0 + DisplayWidth.of($1.0) }
        let long = "\(state.plan.proposals.count) proposals in \(files) file\(files == 1 ? "" : "s")"
        let title = DisplayWidth.of(long) + counts <= rect.width ? long : "\(state.plan.proposals.count) in \(files) files"
        x += screen.put(title, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.title))
        for (text, role) in parts where x < rect.maxX {
            x += screen.put(text, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role))
        }
        if !imports.searchText.isEmpty, x + 4 < rect.maxX {
            let search = "/" + imports.searchText
            let width = min(DisplayWidth.of(search), rect.maxX - x - 2)
            screen.put(search, x: rect.maxX - width, y: rect.y, limit: width, style: CellStyle(.searchMatch))
        }
    }

    /// The totals as counted after the last key, or counted now when the state was made
    /// without a key (a test, the first frame).
    static func current(_ totals: ImportsTotals?, _ state: AppState) -> ImportsTotals {
        if let totals, totals.holds(for: state.session) { return totals }
        return ImportsTotals(groups: state.imports.groups, plan: state.plan, session: state.session, options: state.outcomeOptions)
    }

    /// The entries in view, each row drawn by `ImportsRows`.
    private static func drawList(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let imports = state.imports
        guard !imports.entries.isEmpty, rect.height > 0 else { return }
        let first = imports.firstRow(showing: rect.height)
        let totals = current(imports.totals, state)
        var index = imports.entry(atRow: first)
        var y = rect.y + imports.rowStarts[index] - first
        while y < rect.maxY, index < imports.entries.count {
            let entry = imports.entries[index]
            let rows = ImportsRows(state: state, totals: totals, selected: index == imports.cursor, width: rect.width)
            for (offset, row) in rows.lines(of: entry).enumerated() where y + offset >= rect.y && y + offset < rect.maxY {
                rows.draw(row, at: rect.x, y: y + offset, on: &screen)
            }
            y += entry.height
            index += 1
        }
    }

    /// Where the selected proposal is and why it is proposed; on a header, what `A`/`R` decide.
    private static func drawDetail(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard let entry = state.imports.current else { return }
        let text: String
        switch entry {
        case .proposal(_, _, let index):
            let proposal = state.plan.proposals[index]
            let why = proposal.kind == .flag ? "would write: \(ProposalText.oneLine(proposal.after))" : proposal.reason
            text = "\(proposal.path):\(proposal.line)  \(proposal.kind.rawValue) · \(why)"
        default:
            let count = entry.groupProposals(in: state.imports.groups).count
            let fold = entry.isFoldable ? "enter folds · " : ""
            text = "\(fold)A/R decide all \(count) in \(entry.groupName(in: state.imports.groups))"
        }
        screen.put(text, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.dim))
    }
}
