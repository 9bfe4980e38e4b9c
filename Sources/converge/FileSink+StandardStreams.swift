#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore
import Migration

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
