#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// Standard output as a `ByteSink`, buffered in 64 KiB blocks written with `write(2)`.
///
/// Large diffs are streamed: memory stays at the buffer's size whatever the output.
struct StandardOutput: ByteSink {
    nonisolated(unsafe) private static var buffer = [UInt8]()

    init() {}

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        Self.buffer.append(contentsOf: bytes)
        if Self.buffer.count >= 1 << 16 { Self.flush() }
    }

    /// Writes out what is buffered; called before the process exits.
    static func flush() {
        _ = buffer.withUnsafeBytes { FileDescriptorWriter.writeAll(1, $0) }
        buffer.removeAll(keepingCapacity: true)
    }
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
