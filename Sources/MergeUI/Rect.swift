/// A rectangle of screen cells: where a view may draw.
public struct Rect: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// The top `rows` rows, and what is left below them.
    public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: taken),
                Rect(x: x, y: y + taken, width: width, height: height - taken))
    }

    /// The bottom `rows` rows, and what is left above them.
    public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
        let taken = min(max(0, rows), height)
        return (Rect(x: x, y: y, width: width, height: height - taken),
                Rect(x: x, y: maxY - taken, width: width, height: taken))
    }

    /// `count` columns side by side, as even as the width allows, with `gap` columns between them.
    public func columns(_ count: Int, gap: Int = 1) -> [Rect] {
        guard count > 0 else { return [] }
        let usable = max(0, width - gap * (count - 1))
        var result: [Rect] = []
        var left = x
        for index in 0..<count {
            let share = usable / count + (index < usable % count ? 1 : 0)
            result.append(Rect(x: left, y: y, width: share, height: height))
            left += share + gap
        }
        return result
    }

    /// The row `index` of this rectangle (0 = the top one), one cell high.
    public func row(_ index: Int) -> Rect {
        Rect(x: x, y: y + index, width: width, height: index < height ? 1 : 0)
    }
}
