/// A place in a source file as a person reads it: a line and a column, both counted
/// from 1, the column in bytes (a tab is one column, so `path:line:column` points at the
/// same byte an editor's byte column shows).
public struct SourcePosition: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (left: SourcePosition, right: SourcePosition) -> Bool {
        (left.line, left.column) < (right.line, right.column)
    }
}
