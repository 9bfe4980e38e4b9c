#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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

    /// Reads until end of file: first the size `fstat` gave, in one buffer that is
    /// never zero-filled, then whatever follows (pipes, a file that grew meanwhile).
    private static func readAll(fd: Int32, path: String, sizeHint: Int = 0) throws(CommandFailure) -> [UInt8] {
        var error: Int32 = 0
        var result = [UInt8](unsafeUninitializedCapacity: max(sizeHint, 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { error = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if error != 0 { throw failure(path, error) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw failure(path, errno) }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
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
