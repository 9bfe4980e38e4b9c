/// One token of Python source: its kind and the exact bytes it covers.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    /// The bytes of the token in the source; never empty.
    public var range: Range<Int>
    /// The line (from 1) where the token starts.
    public var line: Int
    /// The byte column (from 1) where the token starts.
    public var column: Int
    /// For a string token: the closing quote is missing (the token then ends at the
    /// line end, or at the end of the file for a triple-quoted string).
    public var isUnterminated: Bool

    public init(kind: TokenKind, range: Range<Int>, line: Int, column: Int, isUnterminated: Bool = false) {
        self.kind = kind
        self.range = range
        self.line = line
        self.column = column
        self.isUnterminated = isUnterminated
    }

    public var position: SourcePosition { SourcePosition(line: line, column: column) }
}
