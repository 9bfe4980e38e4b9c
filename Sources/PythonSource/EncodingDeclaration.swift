/// A PEP 263 coding cookie such as `# -*- coding: latin-1 -*-` on line 1 or 2.
///
/// The analysis never decodes source text, but whoever rewrites a file must write it
/// back in the same encoding, and must never push the cookie below line 2.
public struct EncodingDeclaration: Hashable, Sendable {
    /// The encoding as written (`latin-1`, `utf8`).
    public var name: String
    /// The bytes of the name inside the comment.
    public var range: Range<Int>
    /// The line (1 or 2) of the cookie.
    public var line: Int

    public init(name: String, range: Range<Int>, line: Int) {
        self.name = name
        self.range = range
        self.line = line
    }

    /// The name as Python's `tokenize` normalises it: `utf-8` for every UTF-8
    /// spelling, `iso-8859-1` for the Latin-1 spellings, otherwise lower case with `-`.
    public var normalizedName: String {
        let lowered = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if lowered == "utf-8" || lowered.hasPrefix("utf-8-") || lowered == "utf8" { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"]
        where lowered == latin || lowered.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return lowered
    }

    /// Finds the cookie the way `tokenize.detect_encoding` does: on line 1, or on line 2
    /// when line 1 is blank or only a comment. `start` skips a byte order mark.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, lines: SourceLines, start: Int) -> EncodingDeclaration? {
        for line in 1...min(2, lines.count) {
            var range = lines.range(ofLine: line)
            if line == 1 { range = min(start, range.upperBound)..<range.upperBound }
            if let found = cookie(in: bytes, range, line: line) { return found }
            if !isBlankOrComment(bytes, range) { return nil }
        }
        return nil
    }

    /// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` inside one line.
    private static func cookie(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> EncodingDeclaration? {
        var index = range.lowerBound
        while index < range.upperBound && bytes[index].isBlank { index += 1 }
        guard index < range.upperBound && bytes[index] == .hash else { return nil }
        let word = Array("coding".utf8)
        while index + word.count < range.upperBound {
            defer { index += 1 }
            guard (0..<word.count).allSatisfy({ bytes[index + $0] == word[$0] }) else { continue }
            var cursor = index + word.count
            guard bytes[cursor] == 0x3A || bytes[cursor] == 0x3D else { continue }
            cursor += 1
            while cursor < range.upperBound && (bytes[cursor] == .space || bytes[cursor] == .tab) { cursor += 1 }
            let nameStart = cursor
            while cursor < range.upperBound && isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart else { continue }
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<cursor]), as: UTF8.self)
            return EncodingDeclaration(name: name, range: nameStart..<cursor, line: line)
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        byte == 0x2D || byte == .dot || (byte < 0x80 && byte.isIdentifierContinue)
    }

    private static func isBlankOrComment(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound && bytes[index].isBlank { index += 1 }
        return index == range.upperBound || bytes[index] == .hash || bytes[index].isLineEnd
    }
}
