/// Where output bytes go: a buffer in memory (tests) or a file (the command line).
///
/// Output is streamed through a sink so that a diff of two 30 MB files never holds its
/// whole output in memory.
public protocol ByteSink {
    mutating func write(_ bytes: UnsafeRawBufferPointer)
}

extension ByteSink {
    /// Writes a slice of bytes.
    @inlinable public mutating func write(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBytes { write($0) }
    }

    /// Writes a string as UTF-8.
    @inlinable public mutating func write(_ string: String) {
        var copy = string
        copy.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that keeps everything in memory.
public struct ByteBuffer: ByteSink, Sendable {
    public var bytes: [UInt8] = []

    public init() {}

    public mutating func write(_ bytes: UnsafeRawBufferPointer) {
        self.bytes.append(contentsOf: bytes)
    }
}
