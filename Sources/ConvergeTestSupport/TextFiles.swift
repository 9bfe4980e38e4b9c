#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes whole files with plain system calls, for test batches that write hundreds of
/// small files (Foundation's `Data.write` costs about a millisecond per file).
public enum TextFiles {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Creates or truncates `path` and writes `bytes` to it.
    public static func write(_ path: String, _ bytes: [UInt8]) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(description: "\(path): cannot create (errno \(errno))") }
        defer { close(fd) }
        var written = 0
        try bytes.withUnsafeBytes { raw in
            while written < raw.count {
                #if canImport(Glibc)
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                #else
                let n = Darwin.write(fd, raw.baseAddress! + written, raw.count - written)
                #endif
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw Failure(description: "\(path): cannot write (errno \(errno))") }
                written += n
            }
        }
    }
}
