/// A cursor over a list of `count` rows and the first row shown, for the list screens:
/// moves by rows and pages, and keeps the cursor inside the window it scrolls.
///
/// Pure arithmetic on indices: the lists themselves live in the screens' states.
public struct ListCursor: Hashable, Sendable {
    /// The selected row (0 when the list is empty).
    public private(set) var index = 0
    /// The first row shown.
    public private(set) var scroll = 0
    /// How many rows the list has.
    public private(set) var count = 0

    public init(count: Int = 0) {
        self.count = max(0, count)
    }

    /// The list changed length; the cursor stays at `index` if it can, else the last row.
    public mutating func resize(to count: Int, keeping index: Int? = nil) {
        self.count = max(0, count)
        self.index = clamp(index ?? self.index)
        scroll = min(scroll, max(0, self.count - 1))
    }

    /// Puts the cursor on `row` (clamped) and scrolls `rows` so that it shows.
    public mutating func select(_ row: Int, rows: Int) {
        index = clamp(row)
        follow(rows: rows)
    }

    /// Moves by `delta` rows (negative: up), stopping at either end.
    public mutating func move(by delta: Int, rows: Int) {
        select(index + delta, rows: rows)
    }

    /// Moves a page of `rows` down or up; the window moves with it, as in less and vim.
    public mutating func page(_ direction: Int, rows: Int) {
        let step = max(1, rows - 1) * (direction < 0 ? -1 : 1)
        scroll = max(0, min(scroll + step, count - rows))
        select(index + step, rows: rows)
    }

    /// Scrolls the least needed for the cursor to be one of `rows` rows from `scroll`.
    public mutating func follow(rows: Int) {
        let rows = max(1, rows)
        if index < scroll { scroll = index }
        if index >= scroll + rows { scroll = index - rows + 1 }
        scroll = max(0, min(scroll, max(0, count - rows)))
        if index < scroll { scroll = index }
    }

    /// The first row to draw in a window of `rows` rows: `scroll`, moved just enough
    /// to show the cursor when the window is smaller than the one last followed.
    public func firstShown(rows: Int) -> Int {
        var copy = self
        copy.follow(rows: rows)
        return copy.scroll
    }

    private func clamp(_ row: Int) -> Int {
        count == 0 ? 0 : max(0, min(row, count - 1))
    }
}
