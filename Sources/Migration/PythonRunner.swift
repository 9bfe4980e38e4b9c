/// Runs `python3` for the dynamic checks of `converge verify`: isolated from the
/// user's Python settings, with a time limit, its output captured.
///
/// The environment is the caller's without any `PYTHON*` variable (a `PYTHONPATH` or
/// `PYTHONSTARTUP` would make the check depend on the shell it runs from), and
/// bytecode goes to a cache folder outside the project (`pycache_prefix`), so a check
/// leaves no `__pycache__` behind in the user's tree.
struct PythonRunner: Sendable {
    /// The interpreter, looked up in `PATH`.
    var program = "python3"
    /// Seconds before a child is killed.
    var timeLimit: Double

    /// Where compiled bytecode goes instead of the project's folders.
    static var bytecodeCache: String {
        let temporary = ChildProcess.callerEnvironment()["TMPDIR"] ?? "/tmp"
        return "\(temporary)/converge-pycache"
    }

    /// Runs `python3 -X pycache_prefix=… ARGUMENTS`.
    func run(_ arguments: [String]) throws(ChildProcess.Failure) -> ChildProcess.Output {
        var environment = ChildProcess.callerEnvironment().filter { !$0.key.hasPrefix("PYTHON") }
        environment["PYTHONIOENCODING"] = "utf-8"
        return try ChildProcess.run(
            program, ["-X", "pycache_prefix=\(Self.bytecodeCache)"] + arguments,
            environment: ChildProcess.entries(environment), timeLimit: timeLimit)
    }
}
