/// A colour as a theme file writes it: one of the 16 named terminal colours, a 0–255
/// palette index, or `#rrggbb`.
public enum ThemeColor: Hashable, Sendable {
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 names, in palette order (0–15).
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]
}

/// How many colours the terminal shows; a theme's colours are stepped down to it.
public enum ColorDepth: Int, Hashable, Sendable, Comparable, CaseIterable {
    /// `NO_COLOR`, or a terminal without colours: modifiers only.
    case none = 0
    case eight = 8
    case sixteen = 16
    case indexed256 = 256
    case trueColor = 16_777_216

    public static func < (left: ColorDepth, right: ColorDepth) -> Bool { left.rawValue < right.rawValue }
}

/// How one role looks: colours (nil: the terminal's default) and modifiers.
public struct TextStyle: Hashable, Sendable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = TextStyle()
}
