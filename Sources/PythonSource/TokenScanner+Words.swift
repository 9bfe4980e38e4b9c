/// Names, numbers and operators.
extension TokenScanner {
    /// A name, unless it is a string prefix (`r`, `b`, `f`, `rb`, …) directly followed by
    /// a quote, in which case the whole string is one token.
    mutating func scanNameOrPrefixedString() {
        let start = position
        while position < count && bytes[position].isIdentifierContinue { position += 1 }
        if position < count && bytes[position].isQuote && isStringPrefix(start..<position) {
            scanString(prefixStart: start)
        } else {
            emit(.name, from: start)
        }
    }

    /// Whether `range` spells a valid string prefix: any case and order of `r` with one
    /// of `b`, `f`, `t`, or `u` alone.
    func isStringPrefix(_ range: Range<Int>) -> Bool {
        guard range.count <= 2 else { return false }
        var raw = 0, kind = 0, unicode = 0
        for offset in range {
            switch bytes[offset].lowercased {
            case 0x72: raw += 1
            case 0x62, 0x66, 0x74: kind += 1
            case 0x75: unicode += 1
            default: return false
            }
        }
        return raw <= 1 && kind <= 1 && (unicode == 0 || range.count == 1)
    }

    /// Decimal, hexadecimal, octal and binary numbers with `_` separators, fractions,
    /// exponents and the imaginary `j`. `1if` gives `1` then the name `if`, as in Python.
    mutating func scanNumber() {
        let start = position
        let base = peek(position + 1).lowercased
        if bytes[position] == 0x30 && (base == 0x78 || base == 0x6F || base == 0x62) {  // 0x 0o 0b
            position += 2
            while position < count && (bytes[position].isDigit || bytes[position] == 0x5F
                                       || (bytes[position].lowercased >= 0x61 && bytes[position].lowercased <= 0x66)) {
                position += 1
            }
        } else {
            skipDigits()
            if peek(position) == .dot { position += 1; skipDigits() }
            let sign = peek(position + 1) == 0x2B || peek(position + 1) == 0x2D
            if peek(position).lowercased == 0x65 && peek(position + (sign ? 2 : 1)).isDigit {
                position += sign ? 2 : 1
                skipDigits()
            }
        }
        if peek(position).lowercased == 0x6A { position += 1 }
        emit(.number, from: start)
    }

    private mutating func skipDigits() {
        while position < count && (bytes[position].isDigit || bytes[position] == 0x5F) { position += 1 }
    }

    /// The longest operator at the current position, with bracket bookkeeping; a byte
    /// that starts no operator is an error token.
    mutating func scanOperator() {
        let start = position
        let byte = bytes[start]
        let length = operatorLength(at: start)
        guard length > 0 else {
            position += 1
            emit(.error, from: start)
            report("unexpected character \(Self.describe(byte)) in Python code", at: start)
            return
        }
        position += length
        if byte.isOpenBracket {
            brackets.append(OpenBracket(byte: byte, offset: start))
        } else if byte.isCloseBracket {
            closeBracket(byte, at: start)
        }
        emit(.operator, from: start)
    }

    private mutating func closeBracket(_ byte: UInt8, at offset: Int) {
        let shown = Character(Unicode.Scalar(byte))
        guard let open = brackets.popLast() else {
            report("unmatched '\(shown)'", at: offset)
            return
        }
        if open.byte.closingBracket != byte {
            let opener = Character(Unicode.Scalar(open.byte))
            report("closing '\(shown)' does not match the opening '\(opener)' at \(lines.position(of: open.offset))",
                   at: offset)
        }
    }

    private func operatorLength(at offset: Int) -> Int {
        let byte = bytes[offset], next = peek(offset + 1)
        switch byte {
        case 0x28, 0x29, 0x5B, 0x5D, .openBrace, .closeBrace, 0x2C, 0x3B, 0x7E:
            return 1
        case .dot:
            return next == .dot && peek(offset + 2) == .dot ? 3 : 1
        case 0x2D:  // -  ->  -=
            return next == 0x3E || next == 0x3D ? 2 : 1
        case 0x3A, 0x2B, 0x25, 0x26, 0x7C, 0x5E, 0x40, 0x3D, 0x21:  // : + % & | ^ @ = !
            return next == 0x3D ? 2 : 1
        case 0x2A, 0x2F, 0x3C, 0x3E:  // * / < >  doubled, with =, and <>
            if next == byte { return peek(offset + 2) == 0x3D ? 3 : 2 }
            return next == 0x3D || (byte == 0x3C && next == 0x3E) ? 2 : 1
        default:
            return 0
        }
    }

    static func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let hex = String(byte, radix: 16, uppercase: true)
        return "0x" + (hex.count < 2 ? "0" + hex : hex)
    }
}
