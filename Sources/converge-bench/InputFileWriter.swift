#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes one generated input file through a 1 MiB buffer, into a temporary name that is
/// renamed into place on `finish()`.
///
/// Generating 1M-line files must take seconds and little memory, so lines go straight from
/// the generator to the buffer (no `[String]` of the whole file). The rename means that an
/// interrupted run never leaves a half-written file that a later run would reuse.
final class InputFileWriter {
    let path: String
    private let temporaryPath: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private let capacity = 1 << 20
    private(set) var lineCount = 0
    private(set) var byteCount = 0

    init(path: String) throws {
        self.path = path
        temporaryPath = path + ".partial"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BenchError("cannot create \(temporaryPath): \(String(cString: strerror(errno)))")
        }
        buffer.reserveCapacity(capacity)
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Appends one line; `line` excludes the newline, which is added here.
    func writeLine<Bytes: Collection>(_ line: Bytes) throws where Bytes.Element == UInt8 {
        buffer.append(contentsOf: line)
        buffer.append(0x0A)
        lineCount += 1
        if buffer.count >= capacity { try flush() }
    }

    /// Appends one line given as text (used for the few fixed lines).
    func writeLine(_ text: String) throws {
        try writeLine(text.utf8)
    }

    /// Flushes the buffer and moves the file to its final name (no fsync: it is a cache that a
    /// version stamp guards, not data to protect).
    func finish() throws {
        try flush()
        guard rename(temporaryPath, path) == 0 else {
            throw BenchError("cannot rename \(temporaryPath) to \(path): \(String(cString: strerror(errno)))")
        }
    }

    private func flush() throws {
        var offset = 0
        try buffer.withUnsafeBytes { bytes in
            while offset < bytes.count {
                let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw BenchError("cannot write \(temporaryPath): \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
        byteCount += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
