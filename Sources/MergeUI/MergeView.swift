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
        drawPanes(merge, layout, on: &screen)
        drawResultHeader(merge, layout, on: &screen)
        drawResult(merge, layout, on: &screen)
    }

    /// "strategy.py  conflict 2 of 5, 1 unresolved  to review (c)  auto-advance on", in
    /// shorter words when the row is narrow (the path and the position come first).
    private static func drawTitle(_ state: AppState, _ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let reviewed = state.session.isConfirmed(merge.path)
        // As `AppState.needsReview(path:)`, from the view's own counts (no session lookups per frame).
        let whole = wholeFileDecision(state, merge)
        let review = whole == nil && !reviewed && (merge.isCombined || merge.undecidedAutoMergedCount > 0)
        let auto = state.autoAdvance ? "on" : "off"
        let variants: [(review: String, auto: String, gap: String)] = [
            (review ? "to review (c)" : reviewed ? "reviewed" : "", "auto-advance \(auto)", "  "),
            (review ? "review" : reviewed ? "reviewed" : "", "auto \(auto)", "  "),
            (review ? "review" : reviewed ? "reviewed" : "", "auto \(auto)", " "),
        ]
        let position = position(merge)
        let fitting = variants.first { variant in
            let parts = [merge.path, position, variant.review, variant.auto].filter { !$0.isEmpty }
            return parts.map(DisplayWidth.of).reduce(0, +) + variant.gap.count * (parts.count - 1) <= layout.title.width
        } ?? variants[variants.count - 1]
        var x = layout.title.x
        let y = layout.title.y
        func put(_ text: String, _ role: StyleRole) {
            guard !text.isEmpty else { return }
            x += screen.put(text + fitting.gap, x: x, y: y, limit: max(0, layout.title.maxX - x), style: CellStyle(role))
        }
        put(merge.path, .title)
        if let whole { put(whole, .warning) }
        put(position, merge.unresolvedCount > 0 ? .conflictUnresolved : .conflictResolved)
        put(fitting.review, .hunkAutoMerged)
        put(fitting.auto, .dim)
    }

    /// A note when the session settled the whole file (Tree screen): the outcome then
    /// ignores the hunks shown here.
    static func wholeFileDecision(_ state: AppState, _ merge: MergeState) -> String? {
        switch state.session.decision(forFile: merge.path) {
        case nil, .merge?: nil
        case .takeTarget?: "(whole file: target)"
        case .takeSource?: "(whole file: source)"
        case .copy?: "(whole file: source copy)"
        case .skip?: "(whole file: skipped)"
        }
    }

    /// Where the current hunk stands among the file's, and how many conflicts are open.
    static func position(_ merge: MergeState) -> String {
        let open = "\(merge.unresolvedCount) unresolved"
        guard let index = merge.currentHunk else { return merge.isCombined ? "no conflicts" : "no changes" }
        let hunk = merge.hunks[index]
        if let number = hunk.conflictNumber { return "conflict \(number) of \(merge.document.conflictCount), \(open)" }
        return "change \(index + 1) of \(merge.hunks.count) (auto-merged), \(open)"
    }

    /// The pane names above the panes.
    private static func drawLabels(_ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let names = layout.showsBase ? ["base", "target", "source"]
            : merge.isCombined ? ["proposal: target's side", "proposal: source's side"]
            : merge.hasBase ? ["target", "source (no room for the base)"] : ["target", "source (no base)"]
        for (name, rect) in zip(names, layout.paneColumns) {
            screen.put(name, x: rect.x, y: layout.labels.y, limit: rect.width, style: CellStyle(.title))
        }
    }
}
