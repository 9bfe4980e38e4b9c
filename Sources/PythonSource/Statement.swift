/// One simple statement or compound-statement header: a logical line, or a part of one
/// split at `;` or after the `:` of a one-line compound statement (`if x: import y`).
public struct Statement: Hashable, Sendable {
    /// Token indices from the first to the last significant token (half-open); the
    /// layout tokens in between are included.
    public var tokens: Range<Int>
    /// The bytes from the first to the last significant token.
    public var range: Range<Int>
    /// The line (from 1) where the statement starts.
    public var line: Int
    /// The index of its logical line in `StatementTable.logicalLines`.
    public var logicalLine: Int
    public var scope: StatementScope
    /// How many blocks enclose it (`if`, `try`, `def`, `class`, …); 0 at module level.
    public var depth: Int

    public init(tokens: Range<Int>, range: Range<Int>, line: Int, logicalLine: Int,
                scope: StatementScope, depth: Int) {
        self.tokens = tokens
        self.range = range
        self.line = line
        self.logicalLine = logicalLine
        self.scope = scope
        self.depth = depth
    }

    /// At module level and inside no block: runs once, unconditionally, on import.
    public var isTopLevel: Bool { depth == 0 }
}
