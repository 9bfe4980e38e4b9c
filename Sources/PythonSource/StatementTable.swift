/// The logical lines and statements of a source, each statement with its scope and
/// block depth, so imports and definitions can be found at any depth without a parser.
///
/// Blocks come from indentation, as Python's INDENT and DEDENT do: a compound-statement
/// header ends with `:`, and its body is the following logical lines indented more
/// deeply (or the rest of the same line in `if x: y`).
public struct StatementTable: Sendable {
    public let logicalLines: [LogicalLine]
    /// Statements in source order.
    public let statements: [Statement]

    public init(_ source: TokenizedSource) {
        var builder = StatementTableBuilder(source: source)
        builder.build()
        logicalLines = builder.logicalLines
        statements = builder.statements
    }

    /// The logical line a statement belongs to.
    public func logicalLine(of statement: Statement) -> LogicalLine { logicalLines[statement.logicalLine] }

    /// The end of the block a header statement opens: the end of the last statement of
    /// its body, or its own end when the body is missing. For a one-line compound
    /// statement (`class A: pass`) that is the end of the line.
    public func blockEnd(ofHeader index: Int) -> (offset: Int, line: Int) {
        let header = statements[index]
        let line = logicalLines[header.logicalLine]
        var last = line
        if index + 1 == line.statements.upperBound {
            var next = header.logicalLine + 1
            while next < logicalLines.count && logicalLines[next].indentation > line.indentation {
                last = logicalLines[next]
                next += 1
            }
        }
        return (last.range.upperBound, last.lines.upperBound)
    }
}
