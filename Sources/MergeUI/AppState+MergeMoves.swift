import Migration

extension AppState {
    /// The merge view's layout at the body's last drawn size.
    var mergeLayout: MergeLayout {
        MergeLayout(bodyRows: bodyRows, columns: bodyColumns, hasBase: merge?.hasBase ?? false)
    }

    /// Makes hunk `index` current and scrolls the side panes so that it shows, with
    /// two rows of context above it when it was out of sight.
    mutating func mergeGo(to index: Int) {
        let layout = mergeLayout
        merge?.currentHunk = index
        merge?.reveal(hunk: index, paneRows: layout.panes.height, withBase: layout.showsBase)
    }

    /// Scrolling: rows, pages, the ends, and columns.
    mutating func mergeMove(_ command: Command) {
        let layout = mergeLayout
        let page = max(1, layout.panes.height - 1)
        switch command {
        case .down: merge?.scroll(by: 1, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .up: merge?.scroll(by: -1, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .pageDown: merge?.scroll(by: page, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .pageUp: merge?.scroll(by: -page, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .top: merge?.scroll(by: Int.min / 2, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .bottom: merge?.scroll(by: Int.max / 2, paneRows: layout.panes.height, withBase: layout.showsBase)
        case .scrollRight: merge?.column += MergeState.columnStep
        case .scrollLeft:
            let column = merge?.column ?? 0
            merge?.column = max(0, column - MergeState.columnStep)
        default: break
        }
    }

    /// Fills the word-diff cache for the rows now in sight.
    mutating func mergeCacheWords() {
        let layout = mergeLayout
        merge?.cacheWords(rows: layout.panes.height, withBase: layout.showsBase)
    }

    /// A change was made to the session (from any screen): the open file follows the
    /// hunks it names. A change of the accepted rewrites reopens the file in place.
    /// - Complexity: O(edits · log regions) for hunk edits.
    mutating func mergeFollow(_ change: SessionChange) {
        guard let path = merge?.path else { return }
        let sides = [plan.workspace.targetPrefix, plan.workspace.sourcePrefix].compactMap { $0.map { $0 + "/" + path } }
        var proposals = false
        for edit in change.edits {
            switch edit {
            case .hunk(let key, _):
                if let index = merge?.hunk(for: key) { merge?.refresh(hunk: index, from: session) }
            case .proposal(let key, _): proposals = proposals || sides.contains(key.path)
            case .file, .confirmation: break
            }
        }
        if proposals { mergeReopenIfRewritesChanged() }
    }

    /// Undo or redo changed the session in ways not named here: read every hunk again.
    /// - Complexity: O(hunks of the file + proposals of the plan).
    mutating func mergeFollowSession() {
        guard let count = merge?.hunks.count else { return }
        for index in 0..<count { merge?.refresh(hunk: index, from: session) }
        mergeReopenIfRewritesChanged()
    }

    private mutating func mergeReopenIfRewritesChanged() {
        guard let open = merge, let fileMerge = plan.merge(at: open.path) else { return }
        guard MergeRewrites(merge: fileMerge, plan: plan, session: session) != open.rewrites,
              var fresh = makeMergeState(path: open.path) else { return }
        fresh.currentHunk = open.currentHunk
        fresh.top = open.top
        fresh.column = open.column
        merge = fresh
    }
}

extension MergeState {
    /// Columns one `h`/`l` scrolls.
    static let columnStep = 8

    /// The first row shown in the layout `withBase` (the anchor's offset clipped to its region).
    func topRow(withBase: Bool) -> Int {
        guard !document.regions.isEmpty else { return 0 }
        let index = rows(withBase: withBase)
        let regionRows = MergeRowIndex.rows(document.regions[min(top.region, document.regions.count - 1)], withBase: withBase)
        return index.start(ofRegion: top.region) + min(top.offset, max(0, regionRows - 1))
    }

    /// Scrolls the side panes by `delta` rows, within the file; when the current hunk
    /// leaves the view, the first hunk in view becomes current.
    mutating func scroll(by delta: Int, paneRows: Int, withBase: Bool) {
        guard !document.regions.isEmpty else { return }
        let index = rows(withBase: withBase)
        let last = max(0, index.totalRows - paneRows)
        let row = min(max(0, topRow(withBase: withBase) + delta), last)
        setTop(row: row, withBase: withBase)
        guard let current = currentHunk, !isVisible(hunk: current, paneRows: paneRows, withBase: withBase) else { return }
        for candidate in row..<min(index.totalRows, row + paneRows) {
            let (region, offset) = index.region(atRow: candidate)
            if offset == 0, let hunk = document.regions[region].hunk {
                currentHunk = hunk
                return
            }
        }
    }

    /// Scrolls so that hunk `index` shows, if it does not already.
    mutating func reveal(hunk: Int, paneRows: Int, withBase: Bool) {
        guard !isVisible(hunk: hunk, paneRows: paneRows, withBase: withBase) else { return }
        let index = rows(withBase: withBase)
        let start = index.start(ofRegion: document.hunks[hunk].region)
        let last = max(0, index.totalRows - paneRows)
        setTop(row: min(max(0, start - min(2, paneRows / 4)), last), withBase: withBase)
    }

    /// Whether the header and all rows of hunk `index` (or as many as fit) are in view.
    private func isVisible(hunk index: Int, paneRows: Int, withBase: Bool) -> Bool {
        let region = document.hunks[index].region
        let rowIndex = rows(withBase: withBase)
        let start = rowIndex.start(ofRegion: region)
        let end = start + min(MergeRowIndex.rows(document.regions[region], withBase: withBase), paneRows)
        let first = topRow(withBase: withBase)
        return start >= first && end <= first + paneRows
    }

    private mutating func setTop(row: Int, withBase: Bool) {
        let (region, offset) = rows(withBase: withBase).region(atRow: row)
        top = MergeRowAnchor(region: region, offset: offset)
    }
}
