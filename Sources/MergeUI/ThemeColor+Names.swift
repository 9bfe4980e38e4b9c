extension ThemeColor {
    /// Reads a colour as a theme file writes it as a string: one of `names` or
    /// `#rrggbb` (hex digits in either case); nil when it is neither. (`default`,
    /// the terminal's own colour, is no `ThemeColor`: the theme reader handles it.)
    public init?(name: String) {
        if let index = Self.names.firstIndex(of: name) {
            self = .indexed(UInt8(index))
            return
        }
        let digits = Array(name.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#") else { return nil }
        var channels: [UInt8] = []
        for pair in stride(from: 1, to: 7, by: 2) {
            guard let high = Self.hexValue(digits[pair]), let low = Self.hexValue(digits[pair + 1]) else { return nil }
            channels.append(high << 4 | low)
        }
        self = .rgb(channels[0], channels[1], channels[2])
    }

    /// How a theme file writes the colour: a name for 0–15, the number for 16–255, `#rrggbb`.
    public var themeName: String {
        switch self {
        case .indexed(let index) where index < 16: return Self.names[Int(index)]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue): return "#" + [red, green, blue].map(Self.hexPair).joined()
        }
    }

    private static func hexValue(_ digit: UInt8) -> UInt8? {
        switch digit {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return digit - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return digit - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return digit - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    private static func hexPair(_ value: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String([digits[Int(value >> 4)], digits[Int(value & 15)]])
    }
}
