import MergeUI

/// Steps a theme colour down to a palette index the terminal has: 256 colours keep
/// indices and put `#rrggbb` on the nearest entry of xterm's 6×6×6 cube or grey ramp;
/// 16 and 8 colours take the nearest of their entries (a bright colour 8–15 becomes
/// its normal twin at 8); no colours (`NO_COLOR`, a monochrome terminal) gives nil.
///
/// Truecolor terminals get the 256-colour answer: ncurses addresses colours through a
/// palette, and redefining palette entries (`init_color`) would change the user's
/// terminal colours for other programs too.
///
/// The one place the backend maps colours, so that the theme module's own stepping
/// (`ThemeColor.stepped(to:)`, on the `themes` branch) can take its place in one line.
public enum ColorDepthMapping {
    /// The palette index for `color` at `depth`, nil when the terminal shows no colours.
    public static func index(of color: ThemeColor, at depth: ColorDepth) -> Int? {
        switch depth {
        case .none:
            return nil
        case .indexed256, .trueColor:
            switch color {
            case .indexed(let index): return Int(index)
            case .rgb(let red, let green, let blue): return nearest256(red: Int(red), green: Int(green), blue: Int(blue))
            }
        case .sixteen, .eight:
            let count = depth.rawValue
            if case .indexed(let index) = color {
                if Int(index) < count { return Int(index) }
                if count == 8, index < 16 { return Int(index) - 8 }
            }
            let (red, green, blue) = rgb(of: color)
            return nearest(red: red, green: green, blue: blue, among: 0..<count)
        }
    }

    /// The red, green and blue of a colour, palette entries as xterm shows them.
    public static func rgb(of color: ThemeColor) -> (Int, Int, Int) {
        switch color {
        case .rgb(let red, let green, let blue): return (Int(red), Int(green), Int(blue))
        case .indexed(let index): return rgb(ofIndex: Int(index))
        }
    }

    /// xterm's default palette: 16 named colours, the 6×6×6 cube, 24 greys.
    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index < 16 { return basic[index] }
        if index < 232 {
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + 10 * (index - 232)
        return (grey, grey, grey)
    }

    static let basic = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The nearer of the cube entry and the grey-ramp entry closest to a colour.
    private static func nearest256(red: Int, green: Int, blue: Int) -> Int {
        func level(_ value: Int) -> Int {
            cubeLevels.indices.min { abs(cubeLevels[$0] - value) < abs(cubeLevels[$1] - value) }!
        }
        let cube = 16 + 36 * level(red) + 6 * level(green) + level(blue)
        let average = (red + green + blue) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(rgb(ofIndex: cube), (red, green, blue)) <= distance(rgb(ofIndex: grey), (red, green, blue)) ? cube : grey
    }

    private static func nearest(red: Int, green: Int, blue: Int, among indices: Range<Int>) -> Int {
        indices.min { distance(basic[$0], (red, green, blue)) < distance(basic[$1], (red, green, blue)) }!
    }

    /// Squared distance, weighted as the eye sees (green most, blue least).
    private static func distance(_ first: (Int, Int, Int), _ second: (Int, Int, Int)) -> Int {
        let red = first.0 - second.0, green = first.1 - second.1, blue = first.2 - second.2
        return 3 * red * red + 4 * green * green + 2 * blue * blue
    }
}

extension ColorDepthMapping {
    /// The depth a terminal offers: none when `NO_COLOR` is set (and not empty) or the
    /// terminal has no colours, else by its colour count (`colors` 0: not known yet,
    /// before `start_color`: eight). Truecolor terminals answer 256 (see the type).
    public static func depth(noColor: String?, hasColors: Bool, colors: Int) -> ColorDepth {
        if let noColor, !noColor.isEmpty { return .none }
        guard hasColors else { return .none }
        if colors >= 256 { return .indexed256 }
        if colors >= 16 { return .sixteen }
        return .eight
    }
}
