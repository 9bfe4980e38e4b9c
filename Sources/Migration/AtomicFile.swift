#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// Replacing a file's contents all at once: the new bytes go to a temporary file in
/// the same folder, which is flushed to disk and renamed over the old one, so a reader
/// (or a crash) sees the old contents or the new, never a mix.
///
/// The new file keeps the old one's permission bits; a file that cannot be written
/// is refused, as an in-place write would be. A symbolic link is followed: the
/// file it points to is replaced and the link stays. (As with any rename, the owner
/// becomes the current user and hard links to the old file keep the old contents.)
public enum AtomicFile {
    /// A write that failed: the path and the `errno` value, the file left as it was.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let code: Int32

        /// `PATH: cannot write: reason`, the form every converge error line takes.
        public var description: String { "\(path): cannot write: \(String(cString: strerror(code)))" }
    }

    /// Replaces the contents of `path` with what `body` writes; on failure the file is
    /// untouched, the temporary file is removed, and the error names `path`.
    ///
    /// A missing file is an error unless `newFileMode` is given: then it is created
    /// with those permission bits (the session file, which converge owns), while a
    /// user's file that vanished is still reported rather than silently recreated.
    public static func replace(
        _ path: String, newFileMode: mode_t? = nil, body: (inout FileSink) -> Void
    ) throws(Failure) {
        func failure(_ code: Int32) -> Failure { Failure(path: path, code: code) }
        let destination = resolved(path)
        let mode = try permissions(of: destination, newFileMode: newFileMode, failure: failure)
        var template = Array("\(folder(of: destination))/.\(name(of: destination)).converge-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw failure(errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var sink = FileSink(fd: fd)
        body(&sink)
        sink.flush()
        var error = sink.error
        if error == 0 && fchmod(fd, mode) != 0 { error = errno }
        if error == 0 && fsync(fd) != 0 { error = errno }
        if close(fd) != 0 && error == 0 { error = errno }
        if error == 0 && rename(temporary, destination) != 0 { error = errno }
        guard error == 0 else {
            unlink(temporary)
            throw failure(error)
        }
        syncFolder(folder(of: destination))
    }

    /// The permission bits the new file gets: the old file's, or `newFileMode` when
    /// there is no old file and creating one is allowed.
    private static func permissions(
        of destination: String, newFileMode: mode_t?, failure: (Int32) -> Failure
    ) throws(Failure) -> mode_t {
        var info = stat()
        guard stat(destination, &info) == 0 else {
            let code = errno
            if code == ENOENT, let newFileMode { return newFileMode }
            throw failure(code)
        }
        // A file its owner made read-only is not replaced behind their back (git's
        // in-place write would fail on it too).
        guard access(destination, W_OK) == 0 else { throw failure(errno) }
        return info.st_mode & 0o7777
    }

    /// The path with symbolic links followed, or the path itself when that fails.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Flushes the folder entry of the rename to disk (best effort: some file systems
    /// refuse `fsync` on a folder).
    private static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
