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
enum AtomicFile {
    /// Replaces the contents of `path` with what `body` writes; on failure the file is
    /// untouched, the temporary file is removed, and the error names `path`.
    static func replace(
        _ path: String, exitCode: Int32, body: (inout FileSink) -> Void
    ) throws(CommandFailure) {
        func failure(_ code: Int32) -> CommandFailure {
            CommandFailure("\(path): cannot write: \(String(cString: strerror(code)))", exitCode: exitCode)
        }
        let destination = resolved(path)
        var info = stat()
        guard stat(destination, &info) == 0 else { throw failure(errno) }
        // A file its owner made read-only is not replaced behind their back (git's
        // in-place write would fail on it too).
        guard access(destination, W_OK) == 0 else { throw failure(errno) }
        var template = Array("\(folder(of: destination))/.\(name(of: destination)).converge-XXXXXX".utf8CString)
        let fd = mkstemp(&template)
        guard fd >= 0 else { throw failure(errno) }
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var sink = FileSink(fd: fd)
        body(&sink)
        sink.flush()
        var error = sink.error
        if error == 0 && fchmod(fd, info.st_mode & 0o7777) != 0 { error = errno }
        if error == 0 && fsync(fd) != 0 { error = errno }
        if close(fd) != 0 && error == 0 { error = errno }
        if error == 0 && rename(temporary, destination) != 0 { error = errno }
        guard error == 0 else {
            unlink(temporary)
            throw failure(error)
        }
        syncFolder(folder(of: destination))
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

/// A file descriptor as a `ByteSink`, buffered in 64 KiB blocks. The first write error
/// is kept in `error` and later writes are dropped.
struct FileSink: ByteSink {
    let fd: Int32
    private(set) var error: Int32 = 0
    private var buffer: [UInt8] = []

    init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard error == 0 else { return }
        if buffer.count + bytes.count > 1 << 16 { flush() }
        if bytes.count >= 1 << 16 {
            if !FileDescriptorWriter.writeAll(fd, bytes) { error = errno == 0 ? EIO : errno }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out what is buffered.
    mutating func flush() {
        guard error == 0, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { FileDescriptorWriter.writeAll(fd, $0) }
        if !written { error = errno == 0 ? EIO : errno }
        buffer.removeAll(keepingCapacity: true)
    }
}
