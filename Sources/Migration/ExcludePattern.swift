/// One gitignore-style pattern: `*` and `?` within a name, `[abc]`/`[a-z]`/`[!a]`
/// classes, `**` across folders, a leading `/` (or any inner `/`) to anchor it at the
/// tree root, a trailing `/` for folders only, and `!` to re-include.
///
/// A pattern without a `/` matches a name at any depth, as git does.
public struct ExcludePattern: Sendable, Hashable {
    public let text: String
    public let isNegated: Bool
    public let foldersOnly: Bool
    let isAnchored: Bool
    /// The pattern's `/`-separated parts; `**` is a part of its own.
    let parts: [[UInt8]]

    /// Parses one line of a `.convergeignore`; `nil` for a blank line or a comment.
    public init?(_ line: String) {
        var body = Substring(line)
        while body.last == "\r" || body.last == "\n" { body.removeLast() }
        while body.last == " " && !body.hasSuffix("\\ ") { body.removeLast() }
        guard !body.isEmpty, !body.hasPrefix("#") else { return nil }
        text = String(body)
        isNegated = body.hasPrefix("!")
        if isNegated { body.removeFirst() }
        if body.hasPrefix("\\#") || body.hasPrefix("\\!") { body.removeFirst() }
        foldersOnly = body.hasSuffix("/")
        while body.hasSuffix("/") { body.removeLast() }
        isAnchored = body.utf8.contains(UInt8(ascii: "/"))
        while body.hasPrefix("/") { body.removeFirst() }
        guard !body.isEmpty else { return nil }
        parts = body.split(separator: "/").map { Array($0.utf8) }
    }

    /// Whether `path` (relative, `/`-separated) matches; `isFolder` says what it names.
    public func matches(_ path: String, isFolder: Bool) -> Bool {
        matches(names: Self.names(of: path), isFolder: isFolder)
    }

    /// Whether a path already split into its names matches (`ExcludeRules` splits each
    /// path once for all its patterns).
    func matches(names: [[UInt8]], isFolder: Bool) -> Bool {
        guard isFolder || !foldersOnly else { return false }
        if isAnchored { return Self.match(parts[...], names[...]) }
        guard let last = names.last, let only = parts.first else { return false }
        return GlobName.matches(only, last)
    }

    /// The `/`-separated names of a relative path, as `matches` compares them.
    static func names(of path: String) -> [[UInt8]] {
        path.split(separator: "/").map { Array($0.utf8) }
    }

    /// The last of `names(of: path)`, or nil when it has none.
    static func lastName(of path: String) -> [UInt8]? {
        let slash = UInt8(ascii: "/")
        var bytes = path.utf8[...]
        while bytes.last == slash { bytes = bytes.dropLast() }
        guard !bytes.isEmpty else { return nil }
        if let last = bytes.lastIndex(of: slash) { bytes = bytes[bytes.index(after: last)...] }
        return Array(bytes)
    }

    /// Matches parts against names; `**` takes any number of names (at least one when it ends the pattern, as in git).
    static func match(_ parts: ArraySlice<[UInt8]>, _ names: ArraySlice<[UInt8]>) -> Bool {
        guard let part = parts.first else { return names.isEmpty }
        if part == Array("**".utf8) {
            let rest = parts.dropFirst()
            let least = rest.isEmpty ? 1 : 0
            guard names.count >= least else { return false }
            for skip in least...names.count where match(rest, names.dropFirst(skip)) { return true }
            return false
        }
        guard let name = names.first, GlobName.matches(part, name) else { return false }
        return match(parts.dropFirst(), names.dropFirst())
    }
}
