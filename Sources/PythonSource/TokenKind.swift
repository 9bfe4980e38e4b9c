/// What a token is. Every byte of a source belongs to exactly one token, so the kinds
/// include the layout that Python's own tokenizer drops (whitespace, continuations).
public enum TokenKind: UInt8, Sendable, Hashable {
    /// An identifier or keyword (`import`, `def`, `match`): Python decides keywords by
    /// spelling, and soft keywords only by position, so both are names here.
    case name
    case number
    /// A complete string literal with its prefix and quotes. An f-string or t-string is
    /// one token, its replacement fields included.
    case string
    /// Punctuation: operators, brackets, `.`, `...`, `,`, `:`, `;`, `->`, `:=`.
    case `operator`
    /// From `#` up to (not including) the line end.
    case comment
    /// The line end that ends a logical line (Python's NEWLINE).
    case newline
    /// A line end that does not end a logical line: a blank or comment-only line, or a
    /// line break inside brackets (Python's NL).
    case lineBreak
    /// Spaces, tabs and form feeds.
    case whitespace
    /// A backslash with the line end after it: explicit line joining.
    case continuation
    /// The UTF-8 byte order mark `EF BB BF` at the start of the file.
    case byteOrderMark
    /// A byte that cannot start any token (`$`, `?`, a NUL, a stray backslash).
    case error

    /// Whether the token is part of the code itself, rather than layout or comments.
    public var isSignificant: Bool {
        switch self {
        case .name, .number, .string, .operator, .error: true
        default: false
        }
    }
}
