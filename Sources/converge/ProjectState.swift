#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// The project's `.converge/` folder as the apply and rollback commands reach it, with
/// the library's errors turned into one-line command failures.
enum ProjectState {
    /// The `.converge/` folder of the project at `root`.
    static func folder(_ root: String) throws(CommandFailure) -> ConvergeFolder<PosixFileSystem> {
        do {
            return try ConvergeFolder(root: root, fileSystem: PosixFileSystem())
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// Refuses to start while an apply is unfinished, naming `--resume` and `rollback`.
    static func refuseUnfinished(_ folder: ConvergeFolder<PosixFileSystem>) throws(CommandFailure) {
        do {
            try ApplyJournal.refuseUnfinished(folder)
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// `path`'s real path relative to `root` (already real), or `path` itself when outside.
    static func relative(_ path: String, _ root: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        let text = String(cString: real)
        let prefix = root == "/" ? "/" : root + "/"
        return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
    }
}
