/// Times one move-row command the way `Measurer` times the diff rows (median wall time, max
/// peak RSS, a first run over 10 s not repeated), with two differences the move rows need:
/// the command runs inside a folder (`env -C`, so its command line is the one a user types,
/// with `.` as the tree), and a run that writes gets a fresh copy of the tree first.
struct MoveMeasurer {
    let runner: ProcessRunner
    let env: String
    let runs: Int
    let slowRunSeconds = 10.0

    /// One command of the table.
    struct Command {
        let label: String
        /// Absolute path, or nil when the tool was not found.
        let executable: String?
        let arguments: [String]
        let acceptedExitCodes: ClosedRange<Int32>
        let timeout: Double
        /// `NAME=value` pairs set for this command only (by `env`, before the executable).
        var environment: [String] = []
    }

    /// Measures `command` run in the folder that `prepare` returns before each run; `inspect`
    /// sees the folder after the first successful run (for the import check). `prepare` may
    /// throw, which fails the row. `each` sees every successful run (the scan row reads
    /// the phase times converge printed to standard error).
    func measure(_ command: Command, prepare: () throws -> String,
                 inspect: (String) -> Void = { _ in }, each: (ToolRun) -> Void = { _ in }) -> ToolResult {
        var result = ToolResult(label: command.label, status: .measured)
        guard let executable = command.executable else {
            result.status = .failed("\(command.label): executable not found")
            return result
        }
        var times: [Double] = []
        var wanted = runs
        while times.count < wanted {
            let folder: String
            do { folder = try prepare() } catch {
                result.status = .failed("\(error)")
                return result
            }
            let run = runner.run(env, ["-C", folder] + command.environment + [executable] + command.arguments,
                                 keepOutput: false, timeout: command.timeout)
            result.exitCode = run.exitCode ?? result.exitCode
            result.maxResidentKiB = max(result.maxResidentKiB, run.maxResidentKiB)
            if let reason = failure(of: run, command) {
                result.status = run.ending == .timedOut && times.isEmpty ? .timedOut : .failed(reason)
                return result
            }
            if times.isEmpty {
                inspect(folder)
                if run.seconds > slowRunSeconds { wanted = 1 }
            }
            each(run)
            times.append(run.seconds)
        }
        result.medianSeconds = Measurer.median(times)
        result.runCount = times.count
        return result
    }

    private func failure(of run: ToolRun, _ command: Command) -> String? {
        let stderr = run.errorText.split(separator: "\n").first.map { ": \($0.prefix(160))" } ?? ""
        switch run.ending {
        case .exited(let code) where command.acceptedExitCodes.contains(code): return nil
        case .exited(let code): return "\(command.label) exited with \(code)\(stderr)"
        case .signaled(let signal): return "\(command.label) was killed by signal \(signal)\(stderr)"
        case .timedOut: return "\(command.label) took more than \(Formatting.limit(command.timeout))"
        case .notStarted(let reason): return reason
        }
    }
}
