/// A logical line: the physical lines Python joins into one (inside brackets or after a
/// backslash), ended by a NEWLINE token. Blank and comment-only lines are not logical
/// lines.
public struct LogicalLine: Hashable, Sendable {
    /// Token indices from the first to the last significant token (half-open).
    public var tokens: Range<Int>
    /// The bytes from the first to the last significant token.
    public var range: Range<Int>
    /// The physical lines it spans.
    public var lines: ClosedRange<Int>
    /// Indices of its statements in `StatementTable.statements`.
    public var statements: Range<Int>
    /// The width of its indentation, with tabs to the next multiple of 8 and a form
    /// feed starting again from 0, as Python measures it.
    public var indentation: Int

    public init(tokens: Range<Int>, range: Range<Int>, lines: ClosedRange<Int>, statements: Range<Int>, indentation: Int) {
        self.tokens = tokens
        self.range = range
        self.lines = lines
        self.statements = statements
        self.indentation = indentation
    }
}
