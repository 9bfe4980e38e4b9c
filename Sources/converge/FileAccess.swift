#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// Reading whole files as bytes, with errors that name the path and say what is wrong.
enum FileAccess {
    /// The bytes of the file at `path` (`-` reads standard input).
    static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
        if path == "-" { return try readAll(fd: 0, path: "standard input") }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw CommandFailure("\(path): is a folder, not a file")
        }
        return try readAll(fd: fd, path: path, sizeHint: Int(info.st_size))
    }

    /// The size of the regular file at `path` in bytes; 0 for anything else (standard
    /// input, a pipe, a missing file: reading it reports the trouble).
    static func size(_ path: String) -> Int {
        var info = stat()
        guard path != "-", stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    private static func readAll(fd: Int32, path: String, sizeHint: Int = 0) throws(CommandFailure) -> [UInt8] {
        do {
            return try FileBytes.readAll(fd: fd, sizeHint: sizeHint)
        } catch {
            throw failure(path, error.code)
        }
    }

    static func failure(_ path: String, _ code: Int32) -> CommandFailure {
        switch code {
        case ENOENT: return CommandFailure("\(path): no such file")
        case EACCES: return CommandFailure("\(path): permission denied")
        case EISDIR: return CommandFailure("\(path): is a folder, not a file")
        default: return CommandFailure("\(path): \(String(cString: strerror(code)))")
        }
    }
}
