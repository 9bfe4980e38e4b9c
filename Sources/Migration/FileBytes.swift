#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading a whole file with `read(2)`: the one loop every reader of the project uses
/// (the command line's inputs, the project's files, the scanned trees), each turning
/// the error number into its own message.
public enum FileBytes {
    /// An `errno` value from a failed call.
    public struct Failure: Error, Sendable {
        public let code: Int32
    }

    /// Everything `fd` yields until end of file: first `sizeHint` bytes into one buffer
    /// that is never zero-filled, then whatever follows (pipes, a file that grew).
    public static func readAll(fd: Int32, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
        var error: Int32 = 0
        var result = [UInt8](unsafeUninitializedCapacity: max(sizeHint, 0)) { buffer, count in
            count = 0
            while count < buffer.count {
                let n = systemRead(fd, buffer.baseAddress! + count, buffer.count - count)
                if n < 0 && errno == EINTR { continue }
                if n < 0 { error = errno; return }
                if n == 0 { return }
                count += n
            }
        }
        if error != 0 { throw Failure(code: error) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n < 0 { throw Failure(code: errno) }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }

    /// The whole file at `path`, read with `sizeHint` as its expected size.
    public static func read(_ path: String, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(code: errno) }
        defer { close(fd) }
        return try readAll(fd: fd, sizeHint: sizeHint)
    }
}

/// `read(2)`, named apart from the `read` functions of the types that call it.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
