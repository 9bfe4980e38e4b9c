#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.converge/lock`: one converge at a time writes in a project. The file holds the
/// owner's process id; it is made with `O_EXCL`, so two starts cannot both take it.
///
/// A lock whose process is gone was left by a crash (an apply killed half way): it is
/// taken over, since the journal, not the lock, says what the crash left to do, and
/// every later step reads the journal first.
public struct ApplyLock<FileSystem: MigrationFileSystem> {
    let folder: ConvergeFolder<FileSystem>

    /// Takes the lock, or throws an error naming the process that holds it.
    public static func take(_ folder: ConvergeFolder<FileSystem>) throws(ApplyError) -> ApplyLock {
        try folder.prepare()
        let pid = Array("\(getpid())\n".utf8)
        for _ in 0..<2 {
            do {
                try folder.fileSystem.createExclusively(folder.lock, pid)
                return ApplyLock(folder: folder)
            } catch where error.code == EEXIST {
                let text = (try? folder.fileSystem.read(folder.lock)).map { String(decoding: $0, as: UTF8.self) } ?? ""
                let owner = Int32(text.split(separator: "\n").first ?? "") ?? 0
                if owner > 0 && (kill(owner, 0) == 0 || errno == EPERM) {
                    throw ApplyError("\(folder.lock): another converge (pid \(owner)) is working on this project; wait for it to finish")
                }
                try? folder.fileSystem.removeFile(folder.lock)
            } catch {
                throw ApplyError(error)
            }
        }
        throw ApplyError("\(folder.lock): cannot take the lock; remove the file if no converge is running")
    }

    public func release() {
        try? folder.fileSystem.removeFile(folder.lock)
    }
}
