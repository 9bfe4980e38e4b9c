/// Why an apply, a resume or a rollback stopped: one line that says what and where,
/// and what to do. The exit code is 2 (bad input), or 1 for undecided conflicts.
public struct ApplyError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public let exitCode: Int32

    public init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }

    init(_ failure: FileSystemFailure) {
        self.init(failure.description)
    }

    public var description: String { message }
}
