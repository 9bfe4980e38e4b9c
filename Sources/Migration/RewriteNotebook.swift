/// The parts of a Jupyter notebook (JSON) that are cell outputs: old tracebacks and
/// printed results record what happened, so they are never rewritten; sources are.
enum RewriteNotebook {
    /// The byte ranges of every `"outputs": [ … ]` array, brackets included.
    static func outputRanges(in bytes: [UInt8]) -> [Range<Int>] {
        let key = Array("\"outputs\"".utf8)
        var ranges: [Range<Int>] = []
        var offset = 0
        while let found = ByteSearch.firstRange(of: key, in: bytes, range: offset..<bytes.count) {
            var start = found.upperBound
            while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x3A || bytes[start] == 0x0A
                                          || bytes[start] == 0x0D || bytes[start] == 0x09) { start += 1 }
            guard start < bytes.count, bytes[start] == 0x5B else {
                offset = found.upperBound
                continue
            }
            let end = closingBracket(in: bytes, from: start)
            ranges.append(start..<end)
            offset = end
        }
        return ranges
    }

    /// The offset after the `]` that closes the `[` at `start`, skipping JSON strings.
    private static func closingBracket(in bytes: [UInt8], from start: Int) -> Int {
        var depth = 0, index = start, inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == 0x5C { index += 1 } else if byte == 0x22 { inString = false }
            } else if byte == 0x22 {
                inString = true
            } else if byte == 0x5B || byte == 0x7B {
                depth += 1
            } else if byte == 0x5D || byte == 0x7D {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
            index += 1
        }
        return bytes.count
    }
}
