/// The parts of one string token: prefix, quotes and content, read back from its bytes.
public struct StringLiteral: Hashable, Sendable {
    /// The prefix letters, in any case and order.
    public struct Prefix: OptionSet, Hashable, Sendable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }

        public static let raw = Prefix(rawValue: 1)
        public static let bytes = Prefix(rawValue: 2)
        public static let formatted = Prefix(rawValue: 4)
        /// A PEP 750 template string (`t"…"`).
        public static let template = Prefix(rawValue: 8)
        public static let unicode = Prefix(rawValue: 16)
    }

    public enum Quote: Hashable, Sendable {
        case single, double, tripleSingle, tripleDouble

        /// How many bytes the quote takes on each side.
        public var length: Int { self == .single || self == .double ? 1 : 3 }
    }

    public var prefix: Prefix
    public var prefixRange: Range<Int>
    public var quote: Quote
    /// The bytes between the quotes (to the end of the token when unterminated).
    public var contentRange: Range<Int>
    public var isTerminated: Bool

    /// Reads the string token at `index`; nil for any other kind of token.
    public init?(token index: Int, in source: TokenizedSource) {
        let token = source.tokens[index]
        guard token.kind == .string else { return nil }
        var offset = token.range.lowerBound
        var prefix: Prefix = []
        while !source.bytes[offset].isQuote {
            switch source.bytes[offset].lowercased {
            case 0x72: prefix.insert(.raw)
            case 0x62: prefix.insert(.bytes)
            case 0x66: prefix.insert(.formatted)
            case 0x74: prefix.insert(.template)
            default: prefix.insert(.unicode)
            }
            offset += 1
        }
        let quoteByte = source.bytes[offset]
        let tripled = token.range.upperBound - offset >= 3
            && source.bytes[offset + 1] == quoteByte && source.bytes[offset + 2] == quoteByte
        let isDouble = quoteByte == .doubleQuote
        quote = tripled ? (isDouble ? .tripleDouble : .tripleSingle) : (isDouble ? .double : .single)
        self.prefix = prefix
        prefixRange = token.range.lowerBound..<offset
        isTerminated = !token.isUnterminated
        let contentStart = offset + quote.length
        let contentEnd = token.range.upperBound - (isTerminated ? quote.length : 0)
        contentRange = contentStart..<max(contentStart, contentEnd)
    }

    /// A text string whose content is exactly its value when it has no backslash: no
    /// bytes, no f-string or t-string.
    public var isPlainText: Bool { prefix.isDisjoint(with: [.bytes, .formatted, .template]) }
}
