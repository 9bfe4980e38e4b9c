#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// What `converge scan` works on, checked before anything is read: SOURCE and TARGET
/// are folders, not the same one and neither inside the other (a scan of a tree
/// against its own sub-tree would call every file both source-only and target-only);
/// the root is a folder; its `.convergeignore`, if any, is readable.
struct ScanInput {
    let source: String
    let target: String
    let rules: ExcludeRules

    static func checked(source: String, target: String, root: String, globs: [String]) throws(CommandFailure) -> ScanInput {
        let sourceReal = try folder(source), targetReal = try folder(target)
        _ = try folder(root, option: " (--root)")
        if sourceReal == targetReal {
            throw CommandFailure("\(target): is the same folder as SOURCE \(source); give two different trees")
        }
        if targetReal.hasPrefix(sourceReal == "/" ? "/" : sourceReal + "/") {
            throw CommandFailure("\(target): is inside SOURCE \(source); give two separate trees")
        }
        if sourceReal.hasPrefix(targetReal == "/" ? "/" : targetReal + "/") {
            throw CommandFailure("\(source): is inside TARGET \(target); give two separate trees")
        }
        let ignorePath = root.hasSuffix("/") ? root + ".convergeignore" : root + "/.convergeignore"
        var ignoreText = ""
        if access(ignorePath, F_OK) == 0 {
            ignoreText = String(decoding: try FileAccess.read(ignorePath), as: UTF8.self)
        }
        return ScanInput(source: source, target: target, rules: ExcludeRules(ignoreFile: ignoreText, globs: globs))
    }

    /// The real path of the folder at `path`, or a failure that names it.
    private static func folder(_ path: String, option: String = "") throws(CommandFailure) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw errno == ENOENT ? CommandFailure("\(path): no such folder\(option)") : FileAccess.failure(path, errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw CommandFailure("\(path): not a folder\(option)") }
        guard access(path, R_OK | X_OK) == 0 else { throw CommandFailure("\(path): permission denied\(option)") }
        guard let real = realpath(path, nil) else { throw FileAccess.failure(path, errno) }
        defer { free(real) }
        return String(cString: real)
    }
}
