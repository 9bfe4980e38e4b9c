/// A string literal in code whose content looks like a module path
/// (`"backtester_v2.market_regime.detector"`), where it appears, so the planner can
/// decide whether it names a moved module (`mock.patch`, `importlib.import_module`,
/// logger names). Only plain text strings count: no f-strings, t-strings or bytes, no
/// escapes, no implicit concatenation.
public struct DottedNameString: Hashable, Sendable {
    /// Where the string is used, when that is simple to say.
    public enum Context: Hashable, Sendable {
        /// A whole argument of a call to a plain dotted callee (`mock.patch("…")`,
        /// `@patch("…")`): its position among the arguments, or its keyword.
        case callArgument(callee: String, position: Int?, keyword: String?)
        /// The whole value of `NAME = "…"` as a statement of its own.
        case assignment(target: String)
        /// Anywhere else (a list element, a comparison, a dict key, a docstring).
        case other
    }

    /// The content between the quotes.
    public var text: String
    /// The whole literal, prefix and quotes included.
    public var range: Range<Int>
    /// The content's bytes: what a rewrite replaces.
    public var contentRange: Range<Int>
    public var line: Int
    public var quote: StringLiteral.Quote
    public var prefix: StringLiteral.Prefix
    /// Leading dots of a relative name (`"..core.engine"` for `import_module(…, package=)`).
    public var relativeLevel: Int
    /// The name ends with a dot (`startswith("pkg.sub.")`).
    public var hasTrailingDot: Bool
    public var context: Context

    public init(text: String, range: Range<Int>, contentRange: Range<Int>, line: Int, quote: StringLiteral.Quote,
                prefix: StringLiteral.Prefix, relativeLevel: Int, hasTrailingDot: Bool, context: Context) {
        self.text = text
        self.range = range
        self.contentRange = contentRange
        self.line = line
        self.quote = quote
        self.prefix = prefix
        self.relativeLevel = relativeLevel
        self.hasTrailingDot = hasTrailingDot
        self.context = context
    }

    /// The dotted name without leading and trailing dots.
    public var moduleName: ModuleName {
        ModuleName(parts: text.split(separator: ".").map(String.init))
    }
}
