import Migration

/// Draws the merge view of one conflict file: a title row, the side panes (base,
/// target, source; or target and source) with hunks aligned across them, and the
/// result pane below. See `MergeLayout` for the parts and when the base shows.
enum MergeView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        guard let merge = state.merge else {
            screen.put("no conflict file open: 2 lists them", x: rect.x, y: rect.y, limit: rect.width)
            return
        }
        let layout = MergeLayout(rect, hasBase: merge.hasBase)
        drawTitle(state, merge, layout, on: &screen)
        drawLabels(merge, layout, on: &screen)
        drawPanes(state, merge, layout, on: &screen)
        drawResultHeader(merge, layout, on: &screen)
        drawResult(merge, layout, on: &screen)
    }

    /// "strategy.py  conflict 2 of 5, 1 unresolved  auto-advance on".
    private static func drawTitle(_ state: AppState, _ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        var x = layout.title.x
        let y = layout.title.y
        x += screen.put(merge.path + "  ", x: x, y: y, limit: layout.title.maxX - x, style: CellStyle(.title))
        x += screen.put(position(state, merge) + "  ", x: x, y: y, limit: layout.title.maxX - x,
                        style: CellStyle(merge.unresolvedCount > 0 ? .conflictUnresolved : .conflictResolved))
        let review = state.needsReview(path: merge.path) ? "to review (c)  " : state.session.isConfirmed(merge.path) ? "reviewed  " : ""
        x += screen.put(review, x: x, y: y, limit: layout.title.maxX - x, style: CellStyle(.hunkAutoMerged))
        screen.put("auto-advance \(state.autoAdvance ? "on" : "off")", x: x, y: y, limit: layout.title.maxX - x, style: CellStyle(.dim))
    }

    /// Where the current hunk stands among the file's, and how many conflicts are open.
    static func position(_ state: AppState, _ merge: MergeState) -> String {
        let open = "\(merge.unresolvedCount) unresolved"
        guard let index = merge.currentHunk else { return "no changes" }
        let hunk = merge.hunks[index]
        if let number = hunk.conflictNumber { return "conflict \(number) of \(merge.document.conflictCount), \(open)" }
        return "change \(index + 1) of \(merge.hunks.count) (auto-merged), \(open)"
    }

    /// The pane names above the panes.
    private static func drawLabels(_ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let names = layout.showsBase ? ["base", "target", "source"]
            : merge.isCombined ? ["target", "source (combined __init__.py: the result is the combiner's proposal)"]
            : merge.hasBase ? ["target", "source (base hidden: 120 columns show it)"] : ["target", "source (no base)"]
        for (name, rect) in zip(names, layout.paneColumns) {
            screen.put(name, x: rect.x, y: layout.labels.y, limit: rect.width, style: CellStyle(.title))
        }
    }
}
