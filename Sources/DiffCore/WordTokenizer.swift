/// Splits the body of one line (terminator removed) into the tokens a word diff
/// compares, without decoding it into a `String`: any bytes are accepted.
///
/// A token is one of:
/// - a run of ASCII letters, digits and `_` (an identifier or a number);
/// - a run of ASCII whitespace (space, tab, vertical tab, form feed, and `\r` or `\n`
///   when they are not the line's terminator);
/// - one other ASCII byte (punctuation, control characters), so `a.b(c)` compares
///   piece by piece;
/// - one valid UTF-8 encoded scalar, kept whole;
/// - one byte of invalid UTF-8.
///
/// So that a highlight never cuts a character the user sees in two, scalars that
/// extend the one before (combining marks, spacing marks, variation selectors, emoji
/// skin-tone modifiers, emoji tag characters, and a zero-width joiner with the scalar
/// it joins) are glued onto the token before them, and regional indicators pair up
/// into flags. This approximates Unicode grapheme clusters (UAX #29) with the
/// standard library's scalar properties; Hangul jamo sequences and prepended
/// concatenation marks may still be split at scalar boundaries.
///
/// Offsets are relative to the start of the slice given.
struct WordTokenizer {
    /// The zero-width joiner, which glues the emoji after it onto the one before.
    static let zeroWidthJoiner: UInt32 = 0x200D
    /// The regional indicator symbols, which form a flag two by two.
    static let regionalIndicators: ClosedRange<UInt32> = 0x1F1E6...0x1F1FF

    private let bytes: ArraySlice<UInt8>
    private let count: Int

    private init(_ bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        self.count = bytes.count
    }

    /// The tokens of `bytes`, in order; together they cover every byte exactly once.
    /// - Complexity: O(n).
    static func tokens(of bytes: ArraySlice<UInt8>) -> [Range<Int>] {
        let tokenizer = WordTokenizer(bytes)
        var tokens: [Range<Int>] = []
        var start = 0
        while start < tokenizer.count {
            let end = tokenizer.tokenEnd(from: start)
            tokens.append(start..<end)
            start = end
        }
        return tokens
    }

    /// True for the bytes of an identifier or number: ASCII letters, digits, `_`.
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
            return true
        default:
            return false
        }
    }

    /// True for ASCII whitespace: space, `\t`, `\n`, `\v`, `\f`, `\r`.
    @inline(__always) static func isSpaceByte(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    @inline(__always) private func byte(_ offset: Int) -> UInt8 {
        bytes[bytes.startIndex + offset]
    }

    /// The end of the token that starts at `start`.
    private func tokenEnd(from start: Int) -> Int {
        let first = byte(start)
        if Self.isWordByte(first) {
            return extended(run(from: start, while: Self.isWordByte))
        }
        if Self.isSpaceByte(first) {
            return extended(run(from: start, while: Self.isSpaceByte))
        }
        if first < 0x80 {
            return extended(start + 1)
        }
        guard let (value, length) = scalar(at: start) else {
            return start + 1  // Invalid UTF-8: the byte alone, nothing glued on.
        }
        var end = start + length
        if Self.regionalIndicators.contains(value), let (next, nextLength) = scalar(at: end),
           Self.regionalIndicators.contains(next) {
            end += nextLength
        }
        return extended(end)
    }

    /// The end of the run of bytes from `start` that all satisfy `belongs`.
    private func run(from start: Int, while belongs: (UInt8) -> Bool) -> Int {
        var end = start + 1
        while end < count && belongs(byte(end)) { end += 1 }
        return end
    }

    /// `end` moved past every scalar that extends the token ending there.
    private func extended(_ end: Int) -> Int {
        var end = end
        while end < count, byte(end) >= 0x80, let (value, length) = scalar(at: end) {
            if value == Self.zeroWidthJoiner {
                end += length
                // The joined scalar (an emoji in practice) belongs to the same token.
                if end < count, byte(end) >= 0x80, let (_, joinedLength) = scalar(at: end) {
                    end += joinedLength
                }
            } else if Self.extendsPrevious(value) {
                end += length
            } else {
                break
            }
        }
        return end
    }

    /// True for scalars that never start a user-perceived character of their own.
    private static func extendsPrevious(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isGraphemeExtend || properties.isEmojiModifier
            || properties.generalCategory == .spacingMark
    }

    /// The scalar value and encoded length of the valid UTF-8 sequence at `offset`, or
    /// nil when the bytes there are not valid UTF-8 (overlong, surrogate, truncated).
    private func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
        var iterator = bytes[(bytes.startIndex + offset)...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return nil }
        return (Unicode.UTF8.decode(encoded).value, encoded.count)
    }
}
