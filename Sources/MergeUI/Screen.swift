/// An in-memory grid of cells that views draw into (ratatui's `Buffer`): tests read it
/// as text and style maps, and only the terminal backend copies it to a terminal,
/// changed cells only.
///
/// Drawing never goes outside the grid or a given limit: text that does not fit is cut
/// at a character boundary, and a wide character that would straddle the edge becomes
/// a space.
public struct Screen: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Fills `rect` (clipped to the screen) with blanks of `style`.
    public mutating func fill(_ rect: Rect, style: CellStyle = .text) {
        let area = clipped(rect)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { store(Cell(" ", style: style), x: x, y: y) }
        }
    }

    /// Sets the style of every cell of `rect`, keeping the characters.
    public mutating func restyle(_ rect: Rect, style: CellStyle) {
        let area = clipped(rect)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { cells[y * width + x].style = style }
        }
    }

    /// Draws `text` from column `x` of row `y`, at most `limit` columns (default: to the
    /// right edge); returns the columns used. Control characters show in caret notation
    /// (`^M`), as vim shows them; a tab is one space (views expand tabs first: `DisplayLine`).
    @discardableResult
    public mutating func put<Text: StringProtocol>(_ text: Text, x: Int, y: Int, limit: Int? = nil, style: CellStyle = .text) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let end = min(width, limit.map { x + max(0, $0) } ?? width)
        var column = x
        for character in text {
            guard column < end else { break }
            for (shown, cellWidth) in Self.visible(character) {
                guard column < end else { break }
                if column < 0 { column += cellWidth; continue }
                if column + cellWidth > end {
                    store(Cell(" ", style: style), x: column, y: y)
                    column = end
                    break
                }
                store(Cell(shown, width: UInt8(cellWidth), style: style), x: column, y: y)
                if cellWidth == 2 { store(Cell("", width: 0, style: style), x: column + 1, y: y) }
                column += cellWidth
            }
        }
        return max(0, column - max(x, 0))
    }

    /// The rows as text, trailing blanks removed: what a snapshot compares.
    public var textLines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += self[x, y].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// One character per column naming each cell's style (`legend` decides), for
    /// snapshots of where colours go.
    public func styleLines(_ legend: (CellStyle) -> Character) -> [String] {
        (0..<height).map { y in String((0..<width).map { x in legend(self[x, y].style) }) }
    }

    /// The text of one row between two columns, for assertions.
    public func text(row y: Int, from x: Int = 0, to end: Int? = nil) -> String {
        var line = ""
        for column in x..<min(width, end ?? width) { line += self[column, y].text }
        return line
    }

    private func clipped(_ rect: Rect) -> Rect {
        let left = max(0, rect.x)
        let top = max(0, rect.y)
        return Rect(x: left, y: top, width: min(width, rect.maxX) - left, height: min(height, rect.maxY) - top)
    }

    /// Stores a cell, blanking the halves of any wide character it cuts in two.
    private mutating func store(_ cell: Cell, x: Int, y: Int) {
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(" ", style: cells[index - 1].style)
        }
        if cells[index].width == 2, x + 1 < width, cell.width != 2 {
            cells[index + 1] = Cell(" ", style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// What a character shows as, with its width: itself, or a control character in caret notation.
    private static func visible(_ character: Character) -> [(String, Int)] {
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 {
            let value = scalar.value
            if value == 0x09 { return [(" ", 1)] }
            if value < 0x20 || value == 0x7F {
                let shown = value == 0x7F ? "?" : String(Unicode.Scalar(UInt8(value + 0x40)))
                return [("^", 1), (shown, 1)]
            }
            if (0x80..<0xA0).contains(value) { return [("\u{FFFD}", 1)] }
        }
        let width = DisplayWidth.of(character)
        if width == 0 { return [] }
        return [(String(character), width)]
    }
}
