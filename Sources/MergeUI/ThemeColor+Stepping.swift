extension ThemeColor {
    /// The colour as a terminal of `depth` can show it; nil at `.none` (no colours).
    ///
    /// - trueColor: unchanged.
    /// - 256: `#rrggbb` becomes the nearest colour of xterm's 6×6×6 cube (16–231) or grey
    ///   ramp (232–255); palette indices stay (0–15 are left out as targets: terminals
    ///   redefine them, the cube and ramp are fixed).
    /// - 16: the nearest of the 16 ANSI colours, measured on xterm's default palette.
    /// - 8: the 16-colour answer with bright folded onto normal (`bright-red` → `red`);
    ///   `TextStyle.stepped(to:)` keeps a bold hint, which 8-colour terminals (xterm,
    ///   the Linux console) show as the bright colour.
    ///
    /// Distances are squared differences of the red, green and blue channels.
    public func stepped(to depth: ColorDepth) -> ThemeColor? {
        switch depth {
        case .trueColor: return self
        case .indexed256:
            guard case .rgb(let red, let green, let blue) = self else { return self }
            return .indexed(Self.nearest256(red, green, blue))
        case .sixteen: return .indexed(ansiIndex)
        case .eight: return .indexed(ansiIndex % 8)
        case .none: return nil
        }
    }

    /// Whether the nearest ANSI colour is one of the bright eight (8–15).
    public var isBright: Bool { ansiIndex >= 8 }

    /// The nearest of the 16 ANSI colours (0–15).
    var ansiIndex: UInt8 {
        if case .indexed(let index) = self, index < 16 { return index }
        let (red, green, blue) = rgbValue
        return UInt8(Self.nearest(to: (red, green, blue), among: Self.ansiPalette))
    }

    /// The colour's red, green and blue, with palette indices as xterm shows them by default.
    var rgbValue: (UInt8, UInt8, UInt8) {
        switch self {
        case .rgb(let red, let green, let blue): return (red, green, blue)
        case .indexed(let index) where index < 16: return Self.ansiPalette[Int(index)]
        case .indexed(let index) where index < 232:
            let cube = Int(index) - 16
            return (Self.cubeLevels[cube / 36], Self.cubeLevels[cube / 6 % 6], Self.cubeLevels[cube % 6])
        case .indexed(let index):
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// xterm's default colours for palette entries 0–15.
    static let ansiPalette: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six levels of each channel in xterm's colour cube.
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The nearest index 16–255: the nearest cube colour (each channel to its nearest
    /// level) or the nearest grey of the ramp, whichever is closer (the cube on a tie).
    static func nearest256(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> UInt8 {
        let levels = cubeLevels.map { ($0, $0, $0) }
        let (r, g, b) = (nearest(to: (red, red, red), among: levels), nearest(to: (green, green, green), among: levels),
                         nearest(to: (blue, blue, blue), among: levels))
        let cube = (cubeLevels[r], cubeLevels[g], cubeLevels[b])
        let average = (Int(red) + Int(green) + Int(blue)) / 3
        let step = min(max((average - 8 + 5) / 10, 0), 23)
        let grey = UInt8(8 + 10 * step)
        if distance((grey, grey, grey), (red, green, blue)) < distance(cube, (red, green, blue)) {
            return UInt8(232 + step)
        }
        return UInt8(16 + 36 * r + 6 * g + b)
    }

    /// The index of the colour in `palette` nearest to `color` (the first on a tie).
    static func nearest(to color: (UInt8, UInt8, UInt8), among palette: [(UInt8, UInt8, UInt8)]) -> Int {
        var best = 0
        for index in palette.indices where distance(palette[index], color) < distance(palette[best], color) {
            best = index
        }
        return best
    }

    static func distance(_ one: (UInt8, UInt8, UInt8), _ other: (UInt8, UInt8, UInt8)) -> Int {
        let red = Int(one.0) - Int(other.0), green = Int(one.1) - Int(other.1), blue = Int(one.2) - Int(other.2)
        return red * red + green * green + blue * blue
    }
}
