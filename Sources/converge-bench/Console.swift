#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Progress messages go to standard error, so that standard output carries only the report.
enum Console {
    static func note(_ message: String) {
        let bytes = Array("converge-bench: \(message)\n".utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
