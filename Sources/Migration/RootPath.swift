/// Paths relative to the project root, as the journal, the backup manifest and the
/// operations keep them: `/`-separated, no leading `/`, no `.` or `..` part, so none
/// can reach outside the root.
public enum RootPath {
    /// Whether `path` is a safe root-relative path.
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Refuses an unsafe path with one line naming it and where it came from.
    public static func check(_ path: String, in place: String) throws(ApplyError) {
        guard isSafe(path) else { throw ApplyError("\(place): refuses the path '\(path)': absolute or with '..'") }
    }

    /// `real` (an absolute real path) relative to `top`: "" for `top` itself, nil outside.
    static func relative(_ real: String, under top: String) -> String? {
        if real == top { return "" }
        let prefix = top == "/" ? "/" : top + "/"
        return real.hasPrefix(prefix) ? String(real.dropFirst(prefix.count)) : nil
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func absolute(_ path: String, root: String) -> String {
        path.isEmpty ? root : root == "/" ? "/" + path : "\(root)/\(path)"
    }
}
