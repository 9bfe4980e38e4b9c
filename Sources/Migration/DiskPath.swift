#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Paths on disk without Foundation: what is there, a path's parent, and its real form
/// (`realpath(3)`: absolute, every symbolic link, `.` and `..` resolved), so that a path
/// git prints and a path the user typed can be compared and cut apart.
enum DiskPath {
    /// The real path of `path`, nil when it does not exist or cannot be reached.
    static func real(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// `path` without its last component: `/a/b` → `/a`, `/a` → `/`.
    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// What `path` is on disk: a folder, a file (anything else that is not a folder), or nothing.
    static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .nothing }
        return (info.st_mode & S_IFMT) == S_IFDIR ? .folder : .file
    }

    enum Kind: Equatable { case folder, file, nothing }
}
