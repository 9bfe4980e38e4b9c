/// Finds conflict blocks a merge left in a file: a `<<<<<<<` line, later a `=======`
/// line, later a `>>>>>>>` line, each marker exactly seven characters at the start of
/// its line (git's default size).
///
/// All three are required, in order: a lone `=======` is the underline of an RST or
/// Markdown heading, and a lone `<<<<<<<` or `>>>>>>>` appears in doctests and diagrams.
public enum ConflictMarkerFinder {
    /// One block: the lines (from 1) of its three markers, and the bytes of the whole
    /// block and of each side's lines (the target's stop at a `|||||||` base marker).
    public struct Block: Hashable, Sendable {
        public var start: Int
        public var separator: Int
        public var end: Int
        public var whole: Range<Int>
        public var target: Range<Int>
        public var source: Range<Int>
    }

    /// Every complete block, in order.
    public static func blocks(in bytes: [UInt8]) -> [Block] {
        guard ByteSearch.contains(Array("<<<<<<<".utf8), in: bytes) else { return [] }
        var blocks: [Block] = []
        // The open block: its marker lines, where it starts, where the target's lines
        // end (at `|||||||` or `=======`) and where the source's begin.
        var start: (line: Int, offset: Int)?, separator: (line: Int, sourceStart: Int)?, targetEnd: Int?
        var line = 1, lineStart = 0
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == UInt8(ascii: "\n") {
            let text = bytes[lineStart..<offset]
            let next = min(offset + 1, bytes.count)
            switch marker(text) {
            case UInt8(ascii: "<"): (start, separator, targetEnd) = ((line, lineStart), nil, nil)
            case UInt8(ascii: "|") where start != nil && separator == nil: targetEnd = targetEnd ?? lineStart
            case UInt8(ascii: "=") where start != nil:
                if separator == nil { (separator, targetEnd) = ((line, next), targetEnd ?? lineStart) }
            case UInt8(ascii: ">"):
                if let first = start, let middle = separator, let targetEnd {
                    let targetStart = bytes[first.offset...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
                    blocks.append(Block(start: first.line, separator: middle.line, end: line, whole: first.offset..<next,
                                        target: targetStart..<targetEnd, source: middle.sourceStart..<lineStart))
                }
                (start, separator, targetEnd) = (nil, nil, nil)
            default: break
            }
            line += 1
            lineStart = offset + 1
        }
        return blocks
    }

    /// The marker character when `text` is a marker line: seven `<`, `|` or `>` then the
    /// end or a space and a label; seven `=` then only white space.
    private static func marker(_ text: ArraySlice<UInt8>) -> UInt8? {
        guard text.count >= 7, let first = text.first, first == UInt8(ascii: "<") || first == UInt8(ascii: "=")
                || first == UInt8(ascii: ">") || first == UInt8(ascii: "|"),
              text.prefix(7).allSatisfy({ $0 == first }) else { return nil }
        let rest = text.dropFirst(7)
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        if first == UInt8(ascii: "=") { return rest.allSatisfy(isSpace) ? first : nil }
        return rest.first.map(isSpace) ?? true ? first : nil
    }
}
