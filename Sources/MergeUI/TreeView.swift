import Migration

/// Draws the Tree screen: a line of counts per class (with the filter and the search),
/// then the rows of the tree that fit, from the scroll position.
///
/// Touches only the rows it draws: the counts come from the scan, the rows from the
/// tree state's visible index.
enum TreeView {
    /// Columns of a row's right part: the action, then the state of a conflict.
    static let actionWidth = 12
    static let detailWidth = 13

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let (countsRect, listRect) = rect.splitTop(1)
        drawCounts(state, in: countsRect, on: &screen)
        let tree = state.tree
        guard !tree.visible.isEmpty else {
            screen.put("no files here: f shows another class", x: listRect.x + 1, y: listRect.y, limit: listRect.width - 1,
                       style: CellStyle(.dim))
            return
        }
        let first = tree.list.firstShown(rows: listRect.height)
        for line in 0..<listRect.height {
            let position = first + line
            guard position < tree.visible.count else { break }
            drawRow(tree.visible[position], of: state, in: listRect.row(line), selected: position == tree.cursor, on: &screen)
        }
    }

    /// The rows the list gets in a body of `bodyRows` rows (the counts line takes one).
    static func listRows(bodyRows: Int) -> Int { max(1, bodyRows - 1) }

    /// The widest name part among the rows on screen: how far `l` may scroll.
    static func widestName(_ state: AppState) -> Int {
        let tree = state.tree
        let rows = listRows(bodyRows: state.bodyRows)
        let first = tree.list.firstShown(rows: rows)
        var widest = 0
        for position in first..<min(tree.visible.count, first + rows) {
            let parts = nameParts(tree.visible[position], of: state, selected: false)
            widest = max(widest, parts.reduce(0) { $0 + DisplayWidth.of($1.text) })
        }
        return widest
    }

    /// ` A 48  B 6  C 12  = 20  M 1  x 3   filter: all   /strat 1/3`
    private static func drawCounts(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let counts = state.plan.scan.counts
        var x = rect.x + 1
        for fileClass in [FileClass.sourceOnly, .conflict, .targetOnly, .same, .moved, .excluded] {
            let count = counts[fileClass] ?? 0
            if fileClass == .excluded, count == 0 { continue }
            x += screen.put(mark(fileClass), x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role(fileClass)))
            x += screen.put(" \(CountText.of(count))  ", x: x, y: rect.y, limit: rect.maxX - x)
        }
        x += screen.put(" filter: ", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.dim))
        x += screen.put(state.tree.filter.title, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.title))
        let tree = state.tree
        guard !tree.needle.isEmpty else { return }
        x += screen.put("   /", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.dim))
        x += screen.put(tree.searchText, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.searchMatch))
        let place = tree.matches.isEmpty ? " no match" : " \(tree.matchNumber.map(String.init) ?? "-")/\(tree.matches.count)"
        screen.put(place, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.dim))
    }
}
