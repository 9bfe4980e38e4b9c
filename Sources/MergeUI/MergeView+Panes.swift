import DiffCore
import Migration

extension MergeView {
    /// The side panes: rows aligned region by region, a header row per hunk across all
    /// panes, filler rows where a side has fewer lines, and a `>` in the gutter on the
    /// current hunk's rows. Only the visible rows are looked at.
    static func drawPanes(_ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let rows = merge.rows(withBase: layout.showsBase)
        let columns = layout.paneColumns
        let sides: [MergeOutput.Piece.Side] = layout.showsBase ? [.base, .target, .source] : [.target, .source]
        let numberWidth = sides.map { String(merge.document.text($0).original.count).count }.max() ?? 1
        let first = merge.topRow(withBase: layout.showsBase)
        let currentRegion = merge.currentHunk.map { merge.hunks[$0].region }
        for y in 0..<layout.panes.height {
            let row = first + y
            guard row < rows.totalRows else { break }
            let screenY = layout.panes.y + y
            let (region, offset) = rows.region(atRow: row)
            let isCurrent = region == currentRegion
            if isCurrent { screen.put(">", x: layout.panes.x, y: screenY, limit: 1, style: CellStyle(.conflictCurrent)) }
            for column in columns.dropLast() {
                screen.put("│", x: column.maxX, y: screenY, limit: 1, style: CellStyle(.border))
            }
            let documentRegion = merge.document.regions[region]
            if let hunk = documentRegion.hunk, offset == 0 {
                drawHunkHeader(merge, hunk: hunk, in: Rect(x: layout.panes.x + 1, y: screenY, width: layout.panes.width - 1, height: 1),
                               on: &screen)
                continue
            }
            let line = offset - (documentRegion.hunk == nil ? 0 : 1)
            let words = documentRegion.hunk == nil ? MergeLineWords() : merge.lineWords(MergeLineKey(region: region, line: line))
            for (side, rect) in zip(sides, columns) {
                let range = side == .base ? documentRegion.base : side == .target ? documentRegion.target : documentRegion.source
                let highlights = side == .base ? words.base : side == .target ? words.target : words.source
                drawSideLine(merge, side: side, range: range, line: line, hunk: documentRegion.hunk, highlights: highlights,
                             numberWidth: numberWidth, in: Rect(x: rect.x, y: screenY, width: rect.width, height: 1), on: &screen)
            }
        }
    }

    /// One side's line of a row: its number and text, or a filler when the side has no line here.
    private static func drawSideLine(_ merge: MergeState, side: MergeOutput.Piece.Side, range: Range<Int>, line: Int, hunk: Int?,
                                     highlights: [Range<Int>], numberWidth: Int, in rect: Rect, on screen: inout Screen) {
        guard line < range.count else {
            screen.fill(rect, style: CellStyle(.diffFiller))
            screen.put(String(repeating: " ", count: max(0, numberWidth - 1)) + "~", x: rect.x, y: rect.y, limit: rect.width,
                       style: CellStyle(.diffFiller))
            return
        }
        let index = range.lowerBound + line
        let number = String(index + 1)
        screen.put(String(repeating: " ", count: max(0, numberWidth - number.count)) + number, x: rect.x, y: rect.y,
                   limit: rect.width, style: CellStyle(.lineNumber))
        let role: StyleRole = hunk == nil ? .text : side == .base ? .conflictBase : side == .target ? .conflictTarget : .conflictSource
        let drawing = MergeLineDrawing(style: CellStyle(role), highlightStyle: CellStyle(.diffChangedWord), column: merge.column)
        let textX = rect.x + numberWidth + 1
        drawing.draw(merge.document.text(side).original.line(index), highlights: highlights, x: textX, y: rect.y,
                     width: rect.maxX - textX, on: &screen)
    }

    /// The header row of a hunk: what it is and where it stands, in the role of its state.
    private static func drawHunkHeader(_ merge: MergeState, hunk index: Int, in rect: Rect, on screen: inout Screen) {
        let hunk = merge.hunks[index]
        let decision = merge.decision(ofHunk: index)
        let role: StyleRole = index == merge.currentHunk ? .conflictCurrent
            : decision != nil ? .conflictResolved : hunk.isConflict ? .conflictUnresolved : .hunkAutoMerged
        screen.fill(rect, style: CellStyle(role))
        var x = rect.x
        x += screen.put("── " + hunkLabel(merge, index) + " ", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role))
        if hunk.changesIndentOnly {
            x += screen.put("indent only", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.indentWarning))
            x += screen.put(" ", x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role))
        }
        if x < rect.maxX {
            screen.put(String(repeating: "─", count: rect.maxX - x), x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(role))
        }
    }

    /// "conflict 2 of 5 · unresolved", "target change · auto-merged", "… · taken: source".
    static func hunkLabel(_ merge: MergeState, _ index: Int) -> String {
        let hunk = merge.hunks[index]
        let what: String
        switch hunk.kind {
        case .conflict: what = "conflict \(hunk.conflictNumber ?? 0) of \(merge.document.conflictCount)"
        case .target: what = "target change"
        case .source: what = "source change"
        case .both: what = "same change on both sides"
        }
        guard let decision = merge.decision(ofHunk: index) else {
            return what + (hunk.isConflict ? " · unresolved" : " · auto-merged")
        }
        return what + " · " + decisionName(decision)
    }

    /// A decision in a few words.
    static func decisionName(_ decision: HunkDecision) -> String {
        switch decision {
        case .target: "target"
        case .source: "source"
        case .base: "base"
        case .targetThenSource: "both, target first"
        case .sourceThenTarget: "both, source first"
        case .edited: "edited"
        }
    }
}
