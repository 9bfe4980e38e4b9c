import DiffCore
import Migration

extension MergeView {
    /// The result pane: the merged file as the apply writes it, from a little above the
    /// current hunk, whose lines are selected and marked in the gutter. An unresolved
    /// conflict shows git's markers, exactly the bytes an apply with the conflict still
    /// open would refuse to write; a hunk that gives no lines shows one placeholder row.
    static func drawResult(_ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let rect = layout.result
        guard !rect.isEmpty else { return }
        let results = merge.results
        let currentRegion = merge.currentHunk.map { merge.hunks[$0].region }
        let currentStart = currentRegion.map(results.prefix) ?? 0
        let context = min(2, rect.height / 3)
        var (region, offset) = results.region(atLine: max(0, currentStart - context))
        if let currentRegion, region > currentRegion { (region, offset) = (currentRegion, 0) }
        var line = results.prefix(region) + offset
        let numberWidth = String(max(1, results.totalLines)).count
        var y = rect.y
        while y < rect.maxY, region < merge.document.regions.count {
            let count = results.counts[region]
            let isCurrent = region == currentRegion
            if isCurrent, count == 0 {
                drawEmptyHunk(merge, x: rect.x + 1 + numberWidth + 1, y: y, width: rect.maxX - rect.x - numberWidth - 2, on: &screen)
                screen.put(">", x: rect.x, y: y, limit: 1, style: CellStyle(.conflictCurrent))
                y += 1
            }
            guard offset < count else {
                (region, offset) = (region + 1, 0)
                continue
            }
            let style = resultStyle(merge, region: region)
            if isCurrent { screen.put(">", x: rect.x, y: y, limit: 1, style: CellStyle(.conflictCurrent)) }
            let number = String(line + 1)
            screen.put(String(repeating: " ", count: numberWidth - number.count) + number, x: rect.x + 1, y: y,
                       limit: numberWidth, style: CellStyle(.lineNumber))
            let textX = rect.x + 1 + numberWidth + 1
            if isCurrent { screen.fill(Rect(x: textX, y: y, width: rect.maxX - textX, height: 1), style: style) }
            let drawing = MergeLineDrawing(style: style, highlightStyle: style, column: merge.column)
            drawing.draw(merge.document.line(offset, of: merge.resultLines(ofRegion: region)), highlights: [],
                         x: textX, y: y, width: rect.maxX - textX, on: &screen)
            (offset, line, y) = (offset + 1, line + 1, y + 1)
        }
    }

    /// The header above the result pane: what it shows and how long the result is.
    static func drawResultHeader(_ merge: MergeState, _ layout: MergeLayout, on screen: inout Screen) {
        let rect = layout.resultHeader
        guard !rect.isEmpty else { return }
        let label = "── result (\(merge.results.totalLines) lines, as the apply writes it) "
        let used = screen.put(label, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.title))
        if used < rect.width {
            screen.put(String(repeating: "─", count: rect.width - used), x: rect.x + used, y: rect.y, limit: rect.width - used,
                       style: CellStyle(.border))
        }
    }

    /// How a region's result lines look: shared lines plain; a hunk by its state; the
    /// current hunk selected.
    private static func resultStyle(_ merge: MergeState, region: Int) -> CellStyle {
        guard let hunk = merge.document.regions[region].hunk else { return CellStyle(.text) }
        let role: StyleRole = merge.decision(ofHunk: hunk) != nil ? .conflictResolved
            : merge.hunks[hunk].isConflict ? .conflictUnresolved : .hunkAutoMerged
        return CellStyle(role, selected: hunk == merge.currentHunk)
    }

    private static func drawEmptyHunk(_ merge: MergeState, x: Int, y: Int, width: Int, on screen: inout Screen) {
        guard let hunk = merge.currentHunk else { return }
        let role: StyleRole = merge.decision(ofHunk: hunk) != nil ? .conflictResolved : .hunkAutoMerged
        screen.put("(no lines: this hunk removes its lines)", x: x, y: y, limit: width, style: CellStyle(role, selected: true))
    }
}
