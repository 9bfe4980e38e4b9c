extension ListCursor {
    /// What the user searches for, ready to look for in names: its UTF-8 bytes with
    /// ASCII letters in lower case, so `Strat` finds `strategy.py` (other letters
    /// match as typed, so a match never cuts a character in two).
    public struct Needle: Hashable, Sendable {
        public let text: String
        let bytes: [UInt8]

        public init(_ text: String) {
            self.text = text
            bytes = Self.lowered(text)
        }

        public var isEmpty: Bool { bytes.isEmpty }

        /// `text`'s UTF-8 bytes with ASCII upper-case letters lowered: what a name is
        /// compared as, computed once per name.
        public static func lowered(_ text: String) -> [UInt8] {
            text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
        }

        /// Where the needle first occurs in `haystack` (already lowered), as byte offsets.
        /// - Complexity: O(haystack · needle) worst case; names are short.
        public func range(inLowered haystack: [UInt8]) -> Range<Int>? {
            guard let first = bytes.first, haystack.count >= bytes.count else { return nil }
            var start = 0
            let last = haystack.count - bytes.count
            while start <= last {
                if haystack[start] == first {
                    var offset = 1
                    while offset < bytes.count, haystack[start + offset] == bytes[offset] { offset += 1 }
                    if offset == bytes.count { return start..<(start + bytes.count) }
                }
                start += 1
            }
            return nil
        }

        /// Where the needle first occurs in `text`, as byte offsets.
        public func range(in text: String) -> Range<Int>? {
            range(inLowered: Self.lowered(text))
        }

        /// `text` cut around the needle's first match: before, match, after; nil when it does not occur.
        public func split(_ text: String) -> (before: Substring, match: Substring, after: Substring)? {
            guard let range = range(in: text) else { return nil }
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return (text[..<start], text[start..<end], text[end...])
        }
    }
}
