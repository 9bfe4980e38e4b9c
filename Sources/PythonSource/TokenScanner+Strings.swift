/// String literals, f-strings and t-strings (PEP 701).
///
/// A formatted string is scanned as Python 3.12 does: a replacement field is code, so
/// it may hold strings with the same quote, nested f-strings, brackets, comments and
/// line breaks; a format spec may hold nested fields. When that reading fails (the file
/// ends inside a field), the string is read again as a plain string, which is how a
/// pre-3.12 tokenizer sees it, so one broken f-string cannot swallow the rest of the file.
extension TokenScanner {
    /// The opening of a string: its quote byte, whether it is triple-quoted, and the
    /// prefix letters that change how the body is read.
    struct Opening {
        var quote: UInt8
        var isTriple: Bool
        var isRaw: Bool
        var isFormatted: Bool
    }

    /// Scans a string token whose prefix starts at `prefixStart` and whose quote is at
    /// the current position.
    mutating func scanString(prefixStart: Int) {
        let opening = open(prefixStart: prefixStart)
        let bodyStart = position
        let knownProblems = problems.count
        var terminated = opening.isFormatted ? skipFormattedBody(opening) : skipPlainBody(opening)
        if opening.isFormatted && !terminated {
            problems.removeSubrange(knownProblems...)
            position = bodyStart
            terminated = skipPlainBody(opening)
            if terminated {
                report("f-string: a replacement field '{' is never closed", at: prefixStart)
            }
        }
        if !terminated {
            report(opening.isTriple ? "unterminated triple-quoted string literal" : "unterminated string literal",
                   at: prefixStart)
        }
        emit(.string, from: prefixStart, unterminated: !terminated)
    }

    /// Reads the prefix and the opening quotes and moves past them.
    private mutating func open(prefixStart: Int) -> Opening {
        var raw = false, formatted = false
        for offset in prefixStart..<position {
            switch bytes[offset].lowercased {
            case 0x72: raw = true
            case 0x66, 0x74: formatted = true
            default: break
            }
        }
        let quote = bytes[position]
        let triple = peek(position + 1) == quote && peek(position + 2) == quote
        position += triple ? 3 : 1
        return Opening(quote: quote, isTriple: triple, isRaw: raw, isFormatted: formatted)
    }

    /// Skips a string nested in a replacement field (the current position is at its
    /// quote); false when it does not end.
    mutating func skipNestedString(prefixStart: Int) -> Bool {
        let opening = open(prefixStart: prefixStart)
        return opening.isFormatted ? skipFormattedBody(opening) : skipPlainBody(opening)
    }

    /// Whether the closing quote(s) of `opening` are at the current position.
    private func isClosing(_ opening: Opening) -> Bool {
        guard bytes[position] == opening.quote else { return false }
        return !opening.isTriple || (peek(position + 1) == opening.quote && peek(position + 2) == opening.quote)
    }

    /// Skips a backslash and the byte (or line end) it escapes. Even in a raw string a
    /// backslash keeps the next quote from closing the string.
    private mutating func skipEscape() {
        position += 1
        guard position < count else { return }
        position += max(1, lineEndLength(at: position))
    }

    /// Moves past the body and closing quotes of a string without fields; false when
    /// the line (or, for triple quotes, the file) ends first.
    mutating func skipPlainBody(_ opening: Opening) -> Bool {
        while position < count {
            let byte = bytes[position]
            if byte == .backslash {
                skipEscape()
            } else if byte == opening.quote && isClosing(opening) {
                position += opening.isTriple ? 3 : 1
                return true
            } else if byte.isLineEnd && !opening.isTriple {
                return false
            } else {
                position += 1
            }
        }
        return false
    }

    private mutating func skipFormattedBody(_ opening: Opening) -> Bool {
        guard nesting < Self.maximumNesting else { return false }
        nesting += 1
        defer { nesting -= 1 }
        while position < count {
            let byte = bytes[position]
            if byte == .backslash {
                skipFormattedEscape(opening)
            } else if byte == opening.quote && isClosing(opening) {
                position += opening.isTriple ? 3 : 1
                return true
            } else if byte.isLineEnd && !opening.isTriple {
                return false
            } else if byte == .openBrace && peek(position + 1) != .openBrace {
                position += 1
                guard skipReplacementField(opening) else { return false }
            } else {
                position += byte == .openBrace ? 2 : 1
            }
        }
        return false
    }

    /// `\N{NAME}` is one escape outside raw strings; before `{` or `}` a backslash
    /// escapes nothing, so the brace still opens or closes a field.
    private mutating func skipFormattedEscape(_ opening: Opening) {
        let next = peek(position + 1)
        if !opening.isRaw && next == 0x4E && peek(position + 2) == .openBrace {
            position += 3
            while position < count && bytes[position] != .closeBrace && bytes[position] != opening.quote
                    && !bytes[position].isLineEnd {
                position += 1
            }
            if peek(position) == .closeBrace { position += 1 }
        } else if next == .openBrace || next == .closeBrace {
            position += 1
        } else {
            skipEscape()
        }
    }
}
