/// A failure that ends a command with a one-line message and a given exit code.
struct CommandFailure: Error {
    var message: String
    var exitCode: Int32

    init(_ message: String, exitCode: Int32 = 2) {
        self.message = message
        self.exitCode = exitCode
    }
}

/// A command that ended with a status other than 0 and nothing to say: `diff` found
/// differences (1), `merge-file` left conflicts (their number).
struct CommandExit: Error {
    var code: Int32

    init(_ code: Int32) {
        self.code = code
    }
}
