/// Finds conflict blocks a merge left in a file: a `<<<<<<<` line, later a `=======`
/// line, later a `>>>>>>>` line, each marker exactly seven characters at the start of
/// its line (git's default size).
///
/// All three are required, in order: a lone `=======` is the underline of an RST or
/// Markdown heading, and a lone `<<<<<<<` or `>>>>>>>` appears in doctests and diagrams.
enum ConflictMarkerFinder {
    /// The lines (from 1) of one block's three markers.
    struct Block: Hashable, Sendable {
        var start: Int
        var separator: Int
        var end: Int
    }

    /// Every complete block, in order.
    static func blocks(in bytes: [UInt8]) -> [Block] {
        guard ByteSearch.contains(Array("<<<<<<<".utf8), in: bytes) else { return [] }
        var blocks: [Block] = []
        var start: Int?, separator: Int?
        var line = 1, lineStart = 0
        for offset in 0...bytes.count where offset == bytes.count || bytes[offset] == UInt8(ascii: "\n") {
            let text = bytes[lineStart..<offset]
            switch marker(text) {
            case UInt8(ascii: "<"): (start, separator) = (line, nil)
            case UInt8(ascii: "=") where start != nil: separator = separator ?? line
            case UInt8(ascii: ">"):
                if let first = start, let middle = separator { blocks.append(Block(start: first, separator: middle, end: line)) }
                (start, separator) = (nil, nil)
            default: break
            }
            line += 1
            lineStart = offset + 1
        }
        return blocks
    }

    /// The marker character when `text` is a marker line: seven `<` or `>` then the end
    /// or a space and a label; seven `=` then only white space.
    private static func marker(_ text: ArraySlice<UInt8>) -> UInt8? {
        guard text.count >= 7, let first = text.first, first == UInt8(ascii: "<") || first == UInt8(ascii: "=")
                || first == UInt8(ascii: ">"), text.prefix(7).allSatisfy({ $0 == first }) else { return nil }
        let rest = text.dropFirst(7)
        let isSpace: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        if first == UInt8(ascii: "=") { return rest.allSatisfy(isSpace) ? first : nil }
        return rest.first.map(isSpace) ?? true ? first : nil
    }
}
