#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.converge/lock`: one converge at a time writes in a project.
///
/// The lock is `flock(2)` on the file, not the file's existence: the kernel lets it go
/// when its process ends, however it ends, so a crash (an apply killed half way) never
/// leaves a stale lock for the user to remove, and two starts cannot both take it.
/// The file holds the owner's process id, for the message a second instance gets; it
/// is never removed (removing a locked file would let a third instance lock a new one).
public struct ApplyLock<FileSystem: MigrationFileSystem> {
    private let fd: Int32

    /// Takes the lock, or throws an error naming the process that holds it.
    public static func take(_ folder: ConvergeFolder<FileSystem>) throws(ApplyError) -> ApplyLock {
        try folder.prepare()
        let fd = open(folder.lock, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw ApplyError(FileSystemFailure(path: folder.lock, code: errno, action: "open")) }
        guard lock(fd) else {
            let code = errno
            close(fd)
            guard code == EWOULDBLOCK else { throw ApplyError(FileSystemFailure(path: folder.lock, code: code, action: "lock")) }
            let text = (try? folder.fileSystem.read(folder.lock)).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let owner = text.split(separator: "\n").first.map { " (pid \($0))" } ?? ""
            throw ApplyError("\(folder.lock): another converge\(owner) is working on this project; wait for it to finish")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return ApplyLock(fd: fd)
    }

    /// `flock` without waiting, tried again for up to half a second while it is held:
    /// a process forked elsewhere in this program (a test run, a git child) shares the
    /// lock's open file until it calls exec, so a lock just released can look held for
    /// a moment. A real second converge holds it far longer and still gets the error.
    private static func lock(_ fd: Int32) -> Bool {
        for attempt in 0..<50 {
            if flock(fd, LOCK_EX | LOCK_NB) == 0 { return true }
            guard errno == EWOULDBLOCK, attempt < 49 else { return false }
            usleep(10_000)
        }
        return false
    }

    private init(fd: Int32) {
        self.fd = fd
    }

    /// Lets the lock go (ending the process does too).
    public func release() {
        _ = ftruncate(fd, 0)
        close(fd)
    }
}
