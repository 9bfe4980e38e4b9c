/// One column of the screen: the character drawn there, how many columns it takes, and its style.
///
/// A wide character (width 2) is followed by a continuation cell (width 0, empty text),
/// so that every row has exactly `Screen.width` cells.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: CellStyle

    public init(_ text: String, width: UInt8 = 1, style: CellStyle = .text) {
        self.text = text
        self.width = width
        self.style = style
    }

    public static let blank = Cell(" ")
    static let continuation = Cell("", width: 0)

    public var isContinuation: Bool { width == 0 }
}
