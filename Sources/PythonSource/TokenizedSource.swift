/// The tokens of one Python source and what the tokenizer noticed about it.
///
/// Invariant: the token ranges are non-empty, in order and adjacent, and together cover
/// every byte, so joining the bytes of all tokens gives the source back exactly.
public struct TokenizedSource: Sendable {
    /// The source exactly as it was given.
    public let bytes: [UInt8]
    public let tokens: [Token]
    /// Everything that would stop Python from compiling the file at the tokenizer
    /// level, in the order found.
    public let problems: [SourceProblem]
    /// The PEP 263 coding cookie, if line 1 or 2 has one.
    public let encoding: EncodingDeclaration?
    /// The source starts with the UTF-8 byte order mark (the first token then has the
    /// kind `byteOrderMark`).
    public let hasByteOrderMark: Bool
    public let lines: SourceLines

    init(bytes: [UInt8], tokens: [Token], problems: [SourceProblem],
         encoding: EncodingDeclaration?, hasByteOrderMark: Bool, lines: SourceLines) {
        self.bytes = bytes
        self.tokens = tokens
        self.problems = problems
        self.encoding = encoding
        self.hasByteOrderMark = hasByteOrderMark
        self.lines = lines
    }

    /// The bytes of `range`.
    public func bytes(in range: Range<Int>) -> ArraySlice<UInt8> { bytes[range] }

    /// The text of `range`, decoded as UTF-8 (invalid bytes become U+FFFD); meant for
    /// names and messages, never for writing back.
    public func text(in range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The text of the token at `index`.
    public func text(ofToken index: Int) -> String { text(in: tokens[index].range) }

    /// Whether the token at `index` is spelled exactly `spelling` (ASCII).
    public func token(_ index: Int, is spelling: StaticString) -> Bool {
        let range = tokens[index].range
        guard range.count == spelling.utf8CodeUnitCount else { return false }
        return spelling.withUTF8Buffer { expected in
            var offset = range.lowerBound
            for byte in expected {
                if bytes[offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }

    /// Whether the token at `index` is a name spelled `spelling`.
    public func isName(_ index: Int, _ spelling: StaticString) -> Bool {
        tokens[index].kind == .name && token(index, is: spelling)
    }

    /// Whether the token at `index` is the operator `spelling`.
    public func isOperator(_ index: Int, _ spelling: StaticString) -> Bool {
        tokens[index].kind == .operator && token(index, is: spelling)
    }

    /// The indices of the significant tokens (code, not layout or comments) in `tokens`.
    public func significantTokens(in tokens: Range<Int>) -> [Int] {
        tokens.filter { self.tokens[$0].kind.isSignificant }
    }

    /// The line and column of a byte offset.
    public func position(of offset: Int) -> SourcePosition { lines.position(of: offset) }
}
