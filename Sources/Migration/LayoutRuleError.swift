/// A `--layout` rule (or a `layout` entry of `converge.toml`) that cannot be used: the
/// text as written and what is wrong with it, on one line.
public struct LayoutRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The rule as the user wrote it.
    public var text: String
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }

    public var description: String { "\(text): \(reason)" }
}
