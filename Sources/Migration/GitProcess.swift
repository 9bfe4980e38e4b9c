#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs git through `ChildProcess`: the demo's history, the merge bases, the project root.
///
/// The child gets an environment without any `GIT_*` variable of the caller (a
/// `GIT_DIR` or `GIT_INDEX_FILE` left by a hook would point git somewhere else) and
/// without the system configuration, so the same repository gives the same answers.
enum GitProcess {
    /// What a finished git left behind: its exit code, its standard output byte for
    /// byte, and the first line of its errors (what a user needs to see).
    struct Output: Sendable {
        /// The exit code, or 128 + the signal number when a signal ended it.
        var status: Int32
        var stdout: [UInt8]
        var errorLine: String
    }

    typealias Failure = ChildProcess.Failure

    /// Runs `git ARGUMENTS`, writing `input` to its standard input while reading its
    /// output. `environment` adds to (or replaces in) the cleaned environment.
    static func run(
        _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]
    ) throws(Failure) -> Output {
        let output = try ChildProcess.run("git", arguments, input: input, environment: cleanedEnvironment(adding: environment))
        return Output(status: output.status, stdout: output.stdout, errorLine: firstLine(of: output.stderr))
    }

    /// The caller's environment without `GIT_*`, with `GIT_CONFIG_NOSYSTEM=1`, then `extra`.
    static func cleanedEnvironment(adding extra: [String: String]) -> [String] {
        var environment = ChildProcess.callerEnvironment().filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment.merge(extra) { _, new in new }
        return ChildProcess.entries(environment)
    }

    /// The first line of git's errors that is not blank, as git wrote it (`fatal: …`).
    static func firstLine(of errors: [UInt8]) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        return lines.first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }
}
