#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder of the project that could not be read: which, and why.
public struct ProjectFilesError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var code: Int32

    public init(path: String, code: Int32) {
        self.path = path
        self.code = code
    }

    public var description: String { "\(path): cannot read: \(String(cString: strerror(code)))" }
}
