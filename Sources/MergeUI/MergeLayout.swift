/// Where the merge view puts its parts in the body: a title row, the pane labels, the
/// side panes, then the result pane with its own header row below them.
///
/// Three panes (base, target, source) need at least `threePaneWidth` columns (three
/// 80-column files do not fit anywhere; at 120 each pane still shows about 35
/// characters of code); below that, or with no base, two panes (target, source).
/// The result pane takes a third of the rows below the title, at least three.
struct MergeLayout: Sendable {
    static let threePaneWidth = 120

    let title: Rect
    let labels: Rect
    /// The side panes with the gutter column at their left.
    let panes: Rect
    let resultHeader: Rect
    let result: Rect
    let showsBase: Bool

    init(_ rect: Rect, hasBase: Bool) {
        showsBase = hasBase && rect.width >= Self.threePaneWidth
        let (title, afterTitle) = rect.splitTop(1)
        let (labels, afterLabels) = afterTitle.splitTop(1)
        let resultRows = max(3, afterLabels.height / 3)
        let (panes, bottom) = afterLabels.splitBottom(min(resultRows, max(0, afterLabels.height - 1)))
        let (resultHeader, result) = bottom.splitTop(1)
        self.title = title
        self.labels = labels
        self.panes = panes
        self.resultHeader = resultHeader
        self.result = result
    }

    /// The layout of a body of `rows` × `columns` (what the state uses to page and scroll).
    init(bodyRows rows: Int, columns: Int, hasBase: Bool) {
        self.init(Rect(x: 0, y: 0, width: columns, height: rows), hasBase: hasBase)
    }

    /// The columns of each side pane, after the gutter, with one column between them.
    var paneColumns: [Rect] {
        let area = Rect(x: panes.x + 1, y: panes.y, width: panes.width - 1, height: panes.height)
        return area.columns(showsBase ? 3 : 2)
    }
}
