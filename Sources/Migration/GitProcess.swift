/// Runs git through `ChildProcess`: the demo's history, the merge bases, the project root.
///
/// The child gets an environment without any `GIT_*` variable of the caller (a
/// `GIT_DIR` or `GIT_INDEX_FILE` left by a hook would point git somewhere else) and
/// without the system configuration, so the same repository gives the same answers.
enum GitProcess {
    typealias Output = ChildProcess.Output
    typealias Failure = ChildProcess.Failure

    /// Runs `git ARGUMENTS`, writing `input` to its standard input while reading its
    /// output. `environment` adds to (or replaces in) the cleaned environment.
    static func run(
        _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]
    ) throws(Failure) -> Output {
        try ChildProcess.run("git", arguments, input: input, environment: cleanedEnvironment(adding: environment))
    }

    /// The caller's environment without `GIT_*`, with `GIT_CONFIG_NOSYSTEM=1`, then `extra`.
    static func cleanedEnvironment(adding extra: [String: String]) -> [String] {
        var environment = ChildProcess.callerEnvironment().filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment.merge(extra) { _, new in new }
        return ChildProcess.entries(environment)
    }
}
