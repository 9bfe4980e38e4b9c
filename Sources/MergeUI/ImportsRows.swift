import Migration

/// The rows of one Imports entry, as runs of text with their roles: a header's name
/// and counts, or a proposal's before row (with its status) and after row.
struct ImportsRows {
    /// One row: runs from the left, and a run kept at the right edge.
    struct Line {
        var left: [(text: String, role: StyleRole)]
        var right: (text: String, role: StyleRole)?
    }

    let state: AppState
    let totals: ImportsTotals
    let selected: Bool
    let width: Int

    private var groups: ImportsGroups { state.imports.groups }

    func lines(of entry: ImportsEntry) -> [Line] {
        switch entry {
        case .everyKind(let kind):
            let group = groups.kinds[kind]
            let text = "• every \(group.kind.rawValue) proposal (\(group.proposals.count) in \(group.files) file\(group.files == 1 ? "" : "s"))"
            return [Line(left: [(text, .text)], right: (totals.kinds[kind].compact, .dim))]
        case .file(let file):
            let counts = ProposalCounts(groups.files[file].proposals, of: state.plan.proposals, in: state.session, options: state.outcomeOptions)
            return [Line(left: [(fold(entry) + groups.files[file].path, .title)], right: (counts.compact, .dim))]
        case .group(let file, let group):
            let kind = groups.files[file].groups[group]
            let counts = ProposalCounts(kind.proposals, of: state.plan.proposals, in: state.session, options: state.outcomeOptions)
            return [Line(left: [("  " + fold(entry) + kind.kind.rawValue + " (\(kind.proposals.count))", .text)], right: (counts.compact, .dim))]
        case .proposal(_, _, let index):
            return proposalLines(state.plan.proposals[index])
        }
    }

    /// `▾ ` for an unfolded header, `▸ ` for a folded one.
    private func fold(_ entry: ImportsEntry) -> String {
        state.imports.collapsed.contains(entry) ? "▸ " : "▾ "
    }

    /// `    12 - before      accept (default)` above `       + after` (a flag: `! reason`):
    /// the whole line the proposal edits, before and after, when the plan has it, else
    /// the replaced text alone.
    private func proposalLines(_ proposal: Proposal) -> [Line] {
        let status = ProposalStatus(proposal, in: state.session, options: state.outcomeOptions)
        let number = String(proposal.line)
        let numberWidth = groups.lineNumberWidth
        let indent = "    " + String(repeating: " ", count: max(0, numberWidth - number.count))
        let blank = "    " + String(repeating: " ", count: numberWidth)
        let column = state.imports.column
        let line = state.plan.proposalLines[proposal.key]
        let before = ProposalText.dropping(column, of: ProposalText.oneLine(line?.text ?? proposal.before))
        let label = status.label + String(repeating: " ", count: max(0, ProposalStatus.labelWidth - status.label.count))
        let first = Line(left: [(indent, .text), (number, .lineNumber), (" - " + before, .proposalBefore)], right: (label, status.role))
        let second: Line
        if status == .flag {
            second = Line(left: [(blank, .text), (" ! " + ProposalText.dropping(column, of: proposal.reason), .proposalFlag)])
        } else {
            let after = ProposalText.dropping(column, of: ProposalText.oneLine(line?.rewritten(by: proposal) ?? proposal.after))
            second = Line(left: [(blank, .text), (" + " + after, .proposalAfter)])
        }
        return [first, second]
    }

    /// Draws one row from column `x`, `width` wide: the left runs cut two columns before the right run.
    func draw(_ line: Line, at x: Int, y: Int, on screen: inout Screen) {
        let row = Rect(x: x, y: y, width: width, height: 1)
        screen.fill(row, style: CellStyle(.text, selected: selected))
        var end = row.maxX
        if let right = line.right {
            let rightWidth = min(DisplayWidth.of(right.text), width / 2)
            end = row.maxX - rightWidth - 2
            screen.put(right.text, x: row.maxX - rightWidth, y: y, limit: rightWidth, style: CellStyle(right.role, selected: selected))
        }
        var column = x
        for run in line.left where column < end {
            column += screen.put(run.text, x: column, y: y, limit: end - column, style: CellStyle(run.role, selected: selected))
        }
    }
}
