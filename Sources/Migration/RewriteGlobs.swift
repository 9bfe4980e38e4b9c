#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path globs in config (`"backtester_v2/market_regime/comprehensive_*.py"` in ruff's
/// per-file-ignores) whose files all move into one new folder: the folder part is
/// rewritten so the glob matches the same files again. A plain prefix substitution
/// would keep `…/market_regime/comprehensive_*.py`, which after REGROUP matches
/// nothing, and the setting would silently stop applying.
struct RewriteGlobs {
    let layout: RewriteLayout
    /// The project's Python paths in the old layout.
    let paths: [String]

    /// One glob and what it becomes.
    struct Glob {
        var range: Range<Int>
        var after: String
    }

    func globs(in bytes: [UInt8]) -> [Glob] {
        var result: [Glob] = []
        var offset = 0
        while offset < bytes.count {
            guard Self.isGlobByte(bytes[offset]), offset == 0 || !Self.isGlobByte(bytes[offset - 1]) else {
                offset += 1
                continue
            }
            var end = offset
            while end < bytes.count && Self.isGlobByte(bytes[end]) { end += 1 }
            if let glob = glob(String(decoding: bytes[offset..<end], as: UTF8.self), range: offset..<end) {
                result.append(glob)
            }
            offset = end
        }
        return result
    }

    private func glob(_ pattern: String, range: Range<Int>) -> Glob? {
        guard pattern.contains("*") || pattern.contains("?"), let slash = pattern.lastIndex(of: "/") else { return nil }
        let folder = String(pattern[..<slash]), name = String(pattern[pattern.index(after: slash)...])
        guard !folder.contains("*") && !folder.contains("?") else { return nil }
        let matched = paths.filter { fnmatch(pattern, $0, FNM_PATHNAME) == 0 }
        let newFolders = Set(matched.map { layout.newPath(of: $0).split(separator: "/").dropLast().joined(separator: "/") })
        guard !matched.isEmpty, newFolders.count == 1, let newFolder = newFolders.first, newFolder != folder else { return nil }
        return Glob(range: range, after: newFolder + "/" + name)
    }

    /// Bytes of a path glob: name bytes, `.`, `/`, `*`, `?`.
    static func isGlobByte(_ byte: UInt8) -> Bool {
        RewriteText.isNameByte(byte) || byte == 0x2F || byte == 0x2A || byte == 0x3F
    }
}
