/// What one run of a tool asked for and what came of it.
struct ToolRun {
    /// How the process ended.
    enum Ending: Equatable {
        case exited(Int32)
        case signaled(Int32)
        /// Killed by us after the time limit.
        case timedOut
        /// The process could not be started (no such executable, no pipe, no fork).
        case notStarted(String)
    }

    var ending: Ending
    /// Wall time from just before spawning to just after the process was reaped.
    var seconds: Double
    /// Peak resident set size of the process (and of the children it waited for), in KiB.
    var maxResidentKiB: Int
    /// Standard output, when it was asked to be kept; otherwise empty.
    var output: [UInt8]
    var outputByteCount: Int
    /// The first few KiB of standard error, for the report when a run fails.
    var errorText: String

    var exitCode: Int32? {
        if case .exited(let code) = ending { return code }
        return nil
    }
}
