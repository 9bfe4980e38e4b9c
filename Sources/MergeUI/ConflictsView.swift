import Migration

/// Draws the Conflicts screen: a line of totals (files, unresolved conflicts, files to
/// review, the search), then one row per conflict file: its path, how it is merged,
/// its hunks and its state.
enum ConflictsView {
    static let kindWidth = 8
    static let hunksWidth = 12
    static let statusWidth = 20

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let (totalsRect, listRect) = rect.splitTop(1)
        let list = state.conflicts
        let statuses = list.paths.map(state.conflictStatus)
        drawTotals(state, statuses, in: totalsRect, on: &screen)
        guard !list.paths.isEmpty else {
            screen.put("no conflict files: every file is copied, kept or the same", x: listRect.x + 1, y: listRect.y,
                       limit: listRect.width - 1, style: CellStyle(.dim))
            return
        }
        let first = list.list.firstShown(rows: listRect.height)
        for line in 0..<listRect.height where first + line < list.paths.count {
            let index = first + line
            drawRow(index, status: statuses[index], of: state, in: listRect.row(line), selected: index == list.cursor, on: &screen)
        }
    }

    /// The rows the list gets in a body of `bodyRows` rows (the totals line takes one).
    static func listRows(bodyRows: Int) -> Int { max(1, bodyRows - 1) }

    /// ` 6 files   9 unresolved conflicts   2 to review   /strat 1/2`
    private static func drawTotals(_ state: AppState, _ statuses: [ConflictsFileStatus], in rect: Rect, on screen: inout Screen) {
        let unresolved = statuses.reduce(0) { $0 + $1.unresolved }
        let review = statuses.count(where: \.needsReview)
        var x = rect.x + 1
        let totals: [(count: Int, words: String, role: StyleRole)] = [
            (statuses.count, statuses.count == 1 ? "file" : "files", .title),
            (unresolved, unresolved == 1 ? "unresolved conflict" : "unresolved conflicts", unresolved > 0 ? .conflictUnresolved : .conflictResolved),
            (review, "to review", review > 0 ? .hunkAutoMerged : .conflictResolved),
        ]
        for (count, words, role) in totals {
            x += screen.put("\(count)", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role))
            x += screen.put(" \(words)   ", x: x, y: rect.y, limit: rect.maxX - x)
        }
        let list = state.conflicts
        guard !list.needle.isEmpty else { return }
        x += screen.put("/", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.dim))
        x += screen.put(list.searchText, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.searchMatch))
        let number = list.matches.firstIndex(of: list.cursor).map { "\($0 + 1)" } ?? "-"
        screen.put(list.matches.isEmpty ? " no match" : " \(number)/\(list.matches.count)", x: x, y: rect.y,
                   limit: rect.maxX - x, style: CellStyle(.dim))
    }

    /// ` strategy.py → …     merge    5 hunks      unresolved 3`; the hunks column only
    /// when the screen is 80 columns or wider.
    private static func drawRow(_ index: Int, status: ConflictsFileStatus, of state: AppState, in rect: Rect,
                                selected: Bool, on screen: inout Screen) {
        screen.fill(rect, style: CellStyle(.text, selected: selected))
        let path = state.conflicts.paths[index]
        let showsHunks = rect.width >= 80
        let right = kindWidth + 1 + (showsHunks ? hunksWidth + 1 : 0) + statusWidth
        let pathEnd = max(rect.x + 1, rect.maxX - right - 1)
        var x = rect.x + 1
        let pathRole: StyleRole = if case .overridden = status { .dim } else { .text }
        for part in pathParts(path, width: pathEnd - 1 - x, state: state, role: pathRole) {
            x += screen.put(part.text, x: x, y: rect.y, limit: max(0, pathEnd - 1 - x), style: CellStyle(part.role, selected: selected))
        }
        var column = pathEnd
        let combined = state.plan.initFile(at: path)
        screen.put(combined == nil ? "merge" : "combine", x: column, y: rect.y, limit: kindWidth, style: CellStyle(.dim, selected: selected))
        column += kindWidth + 1
        if showsHunks {
            let count = combined?.hunks.count ?? state.plan.merge(at: path)?.hunks.count ?? 0
            let noun = combined == nil ? "hunk" : "conflict"
            screen.put("\(count) \(noun)\(count == 1 ? "" : "s")", x: column, y: rect.y, limit: hunksWidth,
                       style: CellStyle(.dim, selected: selected))
            column += hunksWidth + 1
        }
        screen.put(status.title, x: column, y: rect.y, limit: statusWidth, style: CellStyle(status.role, selected: selected))
    }

    /// The path (its start cut off when it is wider than `width`: the name matters most),
    /// its search match highlighted, and where a layout rule puts it.
    private static func pathParts(_ path: String, width: Int, state: AppState, role: StyleRole) -> [(text: String, role: StyleRole)] {
        let destination = state.plan.layout.destination(of: path)
        let shown = destination == path ? fitted(path, width: width) : path
        var parts: [(text: String, role: StyleRole)]
        if let (before, match, after) = state.conflicts.needle.split(shown) {
            parts = [(String(before), role), (String(match), .searchMatch), (String(after), role)]
        } else {
            parts = [(shown, role)]
        }
        if destination != path { parts.append((" → " + destination, .dim)) }
        return parts
    }

    /// `path` as it fits in `width` columns: whole, or `…` and its end.
    static func fitted(_ path: String, width: Int) -> String {
        guard DisplayWidth.of(path) > width, width > 1 else { return path }
        var kept = Substring(path)
        while DisplayWidth.of(kept) > width - 1, !kept.isEmpty { kept = kept.dropFirst() }
        return "…" + kept
    }
}
