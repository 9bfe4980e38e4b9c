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
    /// The same paths by the bytes before their last `/`.
    private let pathsByFolder: [String: [String]]

    init(layout: RewriteLayout, paths: [String]) {
        self.layout = layout
        self.paths = paths
        pathsByFolder = Dictionary(grouping: paths) { Self.folder(of: $0) ?? "" }
    }

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
            if Self.mayBeGlob(bytes[offset..<end]),
               let glob = glob(String(decoding: bytes[offset..<end], as: UTF8.self), range: offset..<end) {
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
        let matched = candidates(for: pattern).filter { fnmatch(pattern, $0, FNM_PATHNAME) == 0 }
        let newFolders = Set(matched.map { layout.newPath(of: $0).split(separator: "/").dropLast().joined(separator: "/") })
        guard !matched.isEmpty, newFolders.count == 1, let newFolder = newFolders.first, newFolder != folder else { return nil }
        return Glob(range: range, after: newFolder + "/" + name)
    }

    /// The paths `pattern` may match. With `FNM_PATHNAME`, `*` and `?` never match a
    /// `/`, so when the pattern has no wildcard before its last `/` only the files right
    /// in that folder can match: a glob is then tried against those, not the whole project.
    private func candidates(for pattern: String) -> [String] {
        guard let folder = Self.folder(of: pattern) else { return paths }
        guard !folder.utf8.contains(where: { $0 == 0x2A || $0 == 0x3F }) else { return paths }
        return pathsByFolder[folder] ?? []
    }

    /// The bytes before the last `/` of `path`; nil without one.
    private static func folder(of path: String) -> String? {
        path.utf8.lastIndex(of: 0x2F).map { String(path.utf8[..<$0])! }
    }

    /// Whether `run` has a wildcard (`*`, `?`) and a `/`, which `glob` requires: most
    /// runs are plain words, and this spares building their text.
    static func mayBeGlob(_ run: ArraySlice<UInt8>) -> Bool {
        run.contains { $0 == 0x2A || $0 == 0x3F } && run.contains(0x2F)
    }

    /// Bytes of a path glob: name bytes, `.`, `/`, `*`, `?`.
    static func isGlobByte(_ byte: UInt8) -> Bool {
        RewriteText.isNameByte(byte) || byte == 0x2F || byte == 0x2A || byte == 0x3F
    }
}
