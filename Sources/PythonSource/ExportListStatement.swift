/// A statement that sets or changes a module's `__all__` (its export list), in one of
/// the static forms tools read (as ruff's `all.rs` does): list or tuple literals of
/// strings, `list(…)`/`tuple(…)` of them, `+` between them, `+=`, and `.extend`,
/// `.append`, `.remove`. Anything else in the value (`other.__all__`, a comprehension,
/// a call) makes the statement dynamic: its readable entries are still listed.
public struct ExportListStatement: Hashable, Sendable {
    public enum Operation: Hashable, Sendable {
        /// `__all__ = […]` (also annotated: `__all__: list[str] = […]`).
        case assign
        /// `__all__ += […]`, or `__all__ = __all__ + […]`
        case augmentedAssign
        /// `__all__.extend([…])`
        case extend
        /// `__all__.append("x")`
        case append
        /// `__all__.remove("x")`
        case remove
    }

    public var operation: Operation
    public var range: Range<Int>
    public var line: Int
    public var scope: StatementScope
    public var depth: Int
    /// The names readable from the literals, in order.
    public var entries: [ExportEntry]
    /// Part of the value cannot be read without running the code.
    public var isDynamic: Bool

    public init(operation: Operation, range: Range<Int>, line: Int, scope: StatementScope, depth: Int,
                entries: [ExportEntry], isDynamic: Bool) {
        self.operation = operation
        self.range = range
        self.line = line
        self.scope = scope
        self.depth = depth
        self.entries = entries
        self.isDynamic = isDynamic
    }
}
