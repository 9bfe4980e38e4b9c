/// The working state of one tokenizer run: a cursor over the bytes, the tokens so far,
/// the open brackets and the problems found.
struct TokenScanner {
    /// A bracket that is still open, kept to decide NEWLINE against NL and to report
    /// unclosed brackets where they were opened.
    struct OpenBracket {
        var byte: UInt8
        var offset: Int
    }

    /// The deepest nesting of f-strings and replacement fields followed; Python's own
    /// limit is 150. Deeper input is treated as broken rather than recursed into.
    static let maximumNesting = 150

    let bytes: UnsafeBufferPointer<UInt8>
    let lines: SourceLines
    var position = 0
    var tokens: [Token] = []
    var problems: [SourceProblem] = []
    var brackets: [OpenBracket] = []
    /// A significant token has appeared since the last NEWLINE.
    var lineHasContent = false
    var hasByteOrderMark = false
    /// The current f-string and replacement-field nesting.
    var nesting = 0
    /// The line that holds the last token emitted, found by moving forward only.
    private var lineIndex = 0

    init(bytes: UnsafeBufferPointer<UInt8>, lines: SourceLines) {
        self.bytes = bytes
        self.lines = lines
        tokens.reserveCapacity(bytes.count / 4)
    }

    var count: Int { bytes.count }

    /// The byte at `offset`, or 0 past the end (0 matches no byte class tested here).
    func peek(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    mutating func run() {
        if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF {
            hasByteOrderMark = true
            position = 3
            emit(.byteOrderMark, from: 0)
        }
        while position < count { scanToken() }
        for bracket in brackets {
            report("'\(Character(Unicode.Scalar(bracket.byte)))' was never closed", at: bracket.offset)
        }
    }

    private mutating func scanToken() {
        let start = position
        let byte = bytes[start]
        if byte.isBlank {
            while position < count && bytes[position].isBlank { position += 1 }
            emit(.whitespace, from: start)
        } else if byte.isLineEnd {
            scanLineEnd()
        } else if byte == .hash {
            while position < count && !bytes[position].isLineEnd { position += 1 }
            emit(.comment, from: start)
        } else if byte == .backslash {
            scanBackslash()
        } else if byte.isQuote {
            scanString(prefixStart: start)
        } else if byte.isIdentifierStart {
            scanNameOrPrefixedString()
        } else if byte.isDigit || (byte == .dot && peek(start + 1).isDigit) {
            scanNumber()
        } else {
            scanOperator()
        }
    }

    /// Appends a token from `start` to the current position.
    mutating func emit(_ kind: TokenKind, from start: Int, unterminated: Bool = false) {
        let starts = lines.starts
        while lineIndex + 1 < starts.count && starts[lineIndex + 1] <= start { lineIndex += 1 }
        tokens.append(Token(
            kind: kind, range: start..<position, line: lineIndex + 1,
            column: start - starts[lineIndex] + 1, isUnterminated: unterminated))
        if kind.isSignificant { lineHasContent = true }
    }

    mutating func report(_ message: String, at offset: Int) {
        problems.append(SourceProblem(message: message, offset: offset, position: lines.position(of: offset)))
    }

    /// The length of the line end at `offset`: 2 for CRLF, 1 for LF or CR, else 0.
    func lineEndLength(at offset: Int) -> Int {
        guard offset < count else { return 0 }
        switch bytes[offset] {
        case .carriageReturn: return peek(offset + 1) == .lineFeed ? 2 : 1
        case .lineFeed: return 1
        default: return 0
        }
    }

    /// A line end is a NEWLINE when it closes a logical line with code on it and no
    /// bracket is open; otherwise it is an NL (`lineBreak`).
    private mutating func scanLineEnd() {
        let start = position
        position += lineEndLength(at: position)
        if brackets.isEmpty && lineHasContent {
            emit(.newline, from: start)
            lineHasContent = false
        } else {
            emit(.lineBreak, from: start)
            if !brackets.isEmpty { closeBracketsBeforeStatement() }
        }
    }

    /// A backslash joins lines only when a line end follows it directly.
    private mutating func scanBackslash() {
        let start = position
        let ending = lineEndLength(at: position + 1)
        if ending > 0 {
            position += 1 + ending
            emit(.continuation, from: start)
        } else {
            position += 1
            emit(.error, from: start)
            report(position < count ? "unexpected character after line continuation character"
                                    : "unexpected end of file after line continuation character",
                   at: start)
        }
    }
}
