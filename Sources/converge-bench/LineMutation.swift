/// Edits one line of Python "in place", the way a person would: rename an identifier, or
/// add a comment where there is none to rename.
///
/// The result always differs from the original, and carries the side's `tag` byte, so two
/// sides that edit the same line "differently" never produce the same bytes by chance.
enum LineMutation {
    private static let keywords: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
        "return", "self", "try", "while", "with", "yield",
    ]

    /// Writes the edited version of `line` into `result`.
    static func modify(_ line: UnsafeBufferPointer<UInt8>, tag: UInt8, random: inout Xoshiro256,
                       into result: inout [UInt8]) {
        result.removeAll(keepingCapacity: true)
        let names = identifiers(in: line)
        if !names.isEmpty {
            let name = names[random.int(in: 0...(names.count - 1))]
            result.append(contentsOf: line[..<name.upperBound])
            result.append(contentsOf: [UInt8(ascii: "_"), tag])
            appendLetters(2, to: &result, random: &random)
            result.append(contentsOf: line[name.upperBound...])
        } else if line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) {
            result.append(contentsOf: line)
            result.append(contentsOf: "  # ".utf8)
            result.append(tag)
            appendLetters(4, to: &result, random: &random)
        } else {
            result.append(contentsOf: line)
            result.append(contentsOf: "# note ".utf8)
            result.append(tag)
            appendLetters(4, to: &result, random: &random)
        }
    }

    /// Ranges of identifiers that are not keywords (falling back to keywords when a line has
    /// nothing else), so edits look like renames rather than syntax damage.
    private static func identifiers(in line: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var keywordsFound: [Range<Int>] = []
        var index = 0
        while index < line.count {
            guard isNameStart(line[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < line.count, isNameStart(line[index]) || isDigit(line[index]) { index += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: line[start..<index]), as: UTF8.self)
            if keywords.contains(name) { keywordsFound.append(start..<index) } else { found.append(start..<index) }
        }
        return found.isEmpty ? keywordsFound : found
    }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= 0x30 && byte <= 0x39
    }

    private static func appendLetters(_ count: Int, to result: inout [UInt8], random: inout Xoshiro256) {
        for _ in 0..<count { result.append(UInt8(ascii: "a") + UInt8(random.int(in: 0...25))) }
    }
}
