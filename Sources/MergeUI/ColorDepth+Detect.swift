extension ColorDepth {
    /// The depth to draw at, from the environment and the number of colours the
    /// terminal's description reports (ncurses' `COLORS`, or `tigetnum("colors")`):
    ///
    /// 1. `NO_COLOR` set and not empty: `.none` (no-color.org).
    /// 2. `COLORTERM` is `truecolor` or `24bit`: `.trueColor` (the terminal says it takes
    ///    `#rrggbb` even when its terminfo entry admits only 256).
    /// 3. Otherwise the largest depth `colors` reaches; fewer than 8 (or -1, no colour
    ///    capability at all) is `.none`.
    public static func detect(environment: [String: String], colors: Int) -> ColorDepth {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        if let colorTerm = environment["COLORTERM"], colorTerm == "truecolor" || colorTerm == "24bit" { return .trueColor }
        return allCases.last { colors >= $0.rawValue && $0 != .none } ?? .none
    }
}
