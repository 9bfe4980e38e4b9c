/// Replacement fields and format specs inside f-strings and t-strings.
extension TokenScanner {
    /// Moves past a replacement field, from after its `{` to after its `}`. The field
    /// is code: brackets nest, strings (with any quote) and comments are skipped whole,
    /// and a `:` outside brackets starts the format spec. False when the file ends first.
    mutating func skipReplacementField(_ opening: Opening) -> Bool {
        guard nesting < Self.maximumNesting else { return false }
        nesting += 1
        defer { nesting -= 1 }
        var depth = 0
        while position < count {
            let byte = bytes[position]
            if byte.isOpenBracket {
                depth += 1
                position += 1
            } else if byte == .closeBrace && depth == 0 {
                position += 1
                return true
            } else if byte.isCloseBracket {
                depth = max(0, depth - 1)
                position += 1
            } else if byte == 0x3A && depth == 0 {
                position += 1
                return skipFormatSpec(opening)
            } else if !skipCodeInField() {
                return false
            }
        }
        return false
    }

    /// Skips one piece of code inside a field that is not a bracket or a `:`: a string,
    /// a name, a comment, or a single byte. False when a nested string does not end.
    private mutating func skipCodeInField() -> Bool {
        let start = position
        let byte = bytes[position]
        if byte.isQuote {
            return skipNestedString(prefixStart: start)
        }
        if byte.isIdentifierStart {
            while position < count && bytes[position].isIdentifierContinue { position += 1 }
            if position < count && bytes[position].isQuote && isStringPrefix(start..<position) {
                return skipNestedString(prefixStart: start)
            }
            return true
        }
        if byte == .hash {
            while position < count && !bytes[position].isLineEnd { position += 1 }
            return true
        }
        position += byte == .backslash ? 1 + lineEndLength(at: position + 1) : 1
        return true
    }

    /// Moves past a format spec, from after its `:` to after the field's `}`; nested
    /// fields (`{x:{width}}`) are followed. False when the string's closing quote, or
    /// for a single-quoted string the line end, comes first.
    private mutating func skipFormatSpec(_ opening: Opening) -> Bool {
        while position < count {
            let byte = bytes[position]
            if byte == .openBrace {
                position += 1
                guard skipReplacementField(opening) else { return false }
            } else if byte == .closeBrace {
                position += 1
                return true
            } else if byte == opening.quote {
                let closes = !opening.isTriple
                    || (peek(position + 1) == opening.quote && peek(position + 2) == opening.quote)
                if closes { return false }
                position += 1
            } else if byte.isLineEnd && !opening.isTriple {
                return false
            } else {
                position += byte == .backslash && position + 1 < count ? 2 : 1
            }
        }
        return false
    }
}
