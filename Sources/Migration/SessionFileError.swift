/// A session file that cannot be read, used or written: the file, and what is wrong
/// with it, as one line.
public struct SessionFileError: Error, Sendable, CustomStringConvertible {
    /// The file as the user knows it (`.converge/session.json`, or the path given).
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// `PATH: reason`, the form every converge error line takes.
    public var description: String { "\(path): \(reason)" }
}
