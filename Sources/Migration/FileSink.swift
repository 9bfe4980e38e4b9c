#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// A file descriptor as a `ByteSink`, buffered in 64 KiB blocks. The first write error
/// is kept in `error` and later writes are dropped.
public struct FileSink: ByteSink {
    public let fd: Int32
    public private(set) var error: Int32 = 0
    private var buffer: [UInt8] = []

    public init(fd: Int32) {
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        guard error == 0 else { return }
        if buffer.count + bytes.count > 1 << 16 { flush() }
        if bytes.count >= 1 << 16 {
            if !FileDescriptorWriter.writeAll(fd, bytes) { error = errno == 0 ? EIO : errno }
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out what is buffered.
    public mutating func flush() {
        guard error == 0, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { FileDescriptorWriter.writeAll(fd, $0) }
        if !written { error = errno == 0 ? EIO : errno }
        buffer.removeAll(keepingCapacity: true)
    }
}
