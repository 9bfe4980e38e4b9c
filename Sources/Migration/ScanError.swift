#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A path the scan could not read: a folder it could not list or a file it could not open.
public struct ScanError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// From an `errno` value, with the system's words for it.
    public init(path: String, code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    /// `PATH: reason`, the form every converge error line takes.
    public var description: String { "\(path): \(reason)" }
}
