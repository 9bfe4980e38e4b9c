#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

extension FileSink {
    /// Standard output as a buffered sink: large diffs are streamed, so memory stays
    /// at the buffer's size whatever the output. Call `flush()` before returning.
    static func standardOutput() -> FileSink { FileSink(fd: 1) }
}

/// Standard error, unbuffered, for one-line messages.
enum StandardError {
    static func print(_ line: String) {
        var text = line + "\n"
        _ = text.withUTF8 { FileDescriptorWriter.writeAll(2, UnsafeRawBufferPointer($0)) }
    }
}

/// `write(2)` until everything is written (it may write less than asked).
enum FileDescriptorWriter {
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            offset += n
        }
        return true
    }
}
