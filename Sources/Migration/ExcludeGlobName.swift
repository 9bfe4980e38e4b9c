/// Matches one path name against one glob part: `*` (any run), `?` (one byte),
/// `[...]` classes with ranges and `!`/`^` negation, `\` escaping the next byte.
///
/// Bytes, not characters: names in a tree are bytes, and a class of ASCII ranges is
/// what ignore files use.
/// - Complexity: O(P·N) with the usual backtrack to the last `*`.
enum GlobName {
    static func matches(_ pattern: [UInt8], _ name: [UInt8]) -> Bool {
        var p = 0, n = 0
        var star: (p: Int, n: Int)? = nil
        while n < name.count {
            if p < pattern.count, pattern[p] == UInt8(ascii: "*") {
                star = (p + 1, n)
                p += 1
            } else if p < pattern.count, let next = step(pattern, p, name[n]) {
                p = next
                n += 1
            } else if let back = star {
                p = back.p
                n = back.n + 1
                star = (back.p, back.n + 1)
            } else {
                return false
            }
        }
        while p < pattern.count, pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }

    /// If the pattern element at `p` matches `byte`, the index after that element.
    private static func step(_ pattern: [UInt8], _ p: Int, _ byte: UInt8) -> Int? {
        switch pattern[p] {
        case UInt8(ascii: "?"): return p + 1
        case UInt8(ascii: "["): return classStep(pattern, p, byte) ?? (byte == pattern[p] ? p + 1 : nil)
        case UInt8(ascii: "\\") where p + 1 < pattern.count: return pattern[p + 1] == byte ? p + 2 : nil
        default: return pattern[p] == byte ? p + 1 : nil
        }
    }

    /// A `[...]` class at `p`: the index after `]` when `byte` is in it, `nil` when it is
    /// not; an unclosed `[` is a plain byte (handled by the caller).
    private static func classStep(_ pattern: [UInt8], _ p: Int, _ byte: UInt8) -> Int?? {
        var i = p + 1
        let negated = i < pattern.count && (pattern[i] == UInt8(ascii: "!") || pattern[i] == UInt8(ascii: "^"))
        if negated { i += 1 }
        var found = false
        var first = true
        while i < pattern.count, pattern[i] != UInt8(ascii: "]") || first {
            first = false
            let low = pattern[i]
            if i + 2 < pattern.count, pattern[i + 1] == UInt8(ascii: "-"), pattern[i + 2] != UInt8(ascii: "]") {
                if low <= byte && byte <= pattern[i + 2] { found = true }
                i += 3
            } else {
                if low == byte { found = true }
                i += 1
            }
        }
        guard i < pattern.count else { return .none }
        return .some(found != negated ? i + 1 : nil)
    }
}
