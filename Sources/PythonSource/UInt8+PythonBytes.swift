/// Byte classes of Python source. Bytes of 0x80 and above count as identifier bytes:
/// they can only be part of a non-ASCII identifier (or of a string or comment, which
/// are scanned separately), so names are found without decoding.
extension UInt8 {
    static let lineFeed: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let formFeed: UInt8 = 0x0C
    static let backslash: UInt8 = 0x5C
    static let hash: UInt8 = 0x23
    static let singleQuote: UInt8 = 0x27
    static let doubleQuote: UInt8 = 0x22
    static let dot: UInt8 = 0x2E
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    var isIdentifierStart: Bool {
        (self >= 0x61 && self <= 0x7A) || (self >= 0x41 && self <= 0x5A) || self == 0x5F || self >= 0x80
    }

    var isIdentifierContinue: Bool { isIdentifierStart || isDigit }

    var isDigit: Bool { self >= 0x30 && self <= 0x39 }

    var isLineEnd: Bool { self == .lineFeed || self == .carriageReturn }

    var isQuote: Bool { self == .singleQuote || self == .doubleQuote }

    /// Space, tab or form feed: the whitespace between tokens.
    var isBlank: Bool { self == .space || self == .tab || self == .formFeed }

    var isOpenBracket: Bool { self == 0x28 || self == 0x5B || self == .openBrace }

    var isCloseBracket: Bool { self == 0x29 || self == 0x5D || self == .closeBrace }

    /// The closing bracket that matches an opening one.
    var closingBracket: UInt8 {
        switch self {
        case 0x28: 0x29
        case 0x5B: 0x5D
        default: .closeBrace
        }
    }

    /// The ASCII lower-case form of a letter; other bytes unchanged.
    var lowercased: UInt8 { (self >= 0x41 && self <= 0x5A) ? self + 0x20 : self }
}
