import DiffCore

/// Draws one line of a file into a row: terminator dropped, tabs expanded to stops of
/// 8, `column` display columns scrolled off at the left, and the byte ranges of
/// `highlights` (changed words) in their own style. Text is measured by display width,
/// so a wide (CJK) character takes two cells and one cut by the left edge shows as a space.
struct MergeLineDrawing {
    static let tabStop = 8

    var style: CellStyle
    var highlightStyle: CellStyle
    /// Display columns scrolled off at the left.
    var column: Int

    /// Draws `line` at `x`, `y`, at most `width` columns.
    /// - Complexity: O(bytes of the line); cells are written in runs of one style.
    func draw(_ line: Slice<TextBytes>, highlights: [Range<Int>], x: Int, y: Int, width: Int, on screen: inout Screen) {
        guard width > 0 else { return }
        let body = Self.body(of: line)
        let text = String(decoding: body, as: UTF8.self)
        // Byte offsets follow the characters only when the line is valid UTF-8.
        let highlights = text.utf8.count == body.count ? highlights : []
        var run = "", runStyle = style, runWidth = 0
        var shown = 0, offset = 0, drawn = 0
        func flush() {
            guard !run.isEmpty else { return }
            drawn += screen.put(run, x: x + drawn, y: y, limit: width - drawn, style: runStyle)
            (run, runWidth) = ("", 0)
        }
        for character in text {
            let bytes = character.utf8.count
            let lit = highlights.contains { $0.lowerBound < offset + bytes && offset < $0.upperBound }
            offset += bytes
            let cellStyle = lit ? highlightStyle : style
            let (piece, pieceWidth) = Self.cells(of: character, at: shown)
            defer { shown += pieceWidth }
            if shown + pieceWidth <= column { continue }
            if cellStyle != runStyle { flush(); runStyle = cellStyle }
            if shown < column {
                // A wide character or tab cut by the left edge: its visible part as spaces.
                run += String(repeating: " ", count: shown + pieceWidth - column)
                runWidth += shown + pieceWidth - column
            } else {
                run += piece
                runWidth += pieceWidth
            }
            if drawn + runWidth > width { break }
        }
        flush()
    }

    /// The line without its terminator (`\n` or `\r\n`).
    static func body(of line: Slice<TextBytes>) -> Slice<TextBytes> {
        var end = line.endIndex
        if end > line.startIndex, line[end - 1] == 0x0A {
            end -= 1
            if end > line.startIndex, line[end - 1] == 0x0D { end -= 1 }
        }
        return line[line.startIndex..<end]
    }

    /// What a character shows as at display column `shown`, and how many columns:
    /// a tab as spaces to the next stop, a control character in caret notation (as
    /// `Screen.put` draws it), anything else by its display width.
    private static func cells(of character: Character, at shown: Int) -> (String, Int) {
        if character == "\t" {
            let width = tabStop - shown % tabStop
            return (String(repeating: " ", count: width), width)
        }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
            if scalar.value < 0x20 || scalar.value == 0x7F { return (String(character), 2) }
            if (0x80..<0xA0).contains(scalar.value) { return (String(character), 1) }
        }
        return (String(character), DisplayWidth.of(character))
    }
}
