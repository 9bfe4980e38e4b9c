/// The measured outcome of one tool on one input: the numbers a table cell shows.
struct ToolResult {
    enum Status {
        /// Measured; `runCount` runs succeeded.
        case measured
        /// The first run passed the time limit and was killed.
        case timedOut
        /// Did not work: exit code, signal, missing executable or unreadable output.
        case failed(String)
        /// Not run on purpose (`--only-converge`).
        case skipped
    }

    let label: String
    var status: Status
    var medianSeconds: Double = 0
    var maxResidentKiB: Int = 0
    var runCount: Int = 0
    var exitCode: Int32?
    var analysis = OutputAnalysis()
    /// Where the first run's standard output was saved, when it is compared with another
    /// tool's (kept on disk, not in memory: see `ProcessRunner`).
    var savedOutput: String?

    init(label: String, status: Status) {
        self.label = label
        self.status = status
    }

    var isMeasured: Bool {
        if case .measured = status { return true }
        return false
    }

    var failure: String? {
        if case .failed(let reason) = status { return reason }
        return nil
    }
}

extension ToolResult {
    /// The one-line progress note the benchmark prints as each tool finishes:
    /// `12.3 ms / 14 MiB (5 runs)`, `killed at the time limit`, `failed: …`, `skipped`.
    func progress(showingMemory: Bool = true) -> String {
        switch status {
        case .measured:
            let memory = showingMemory ? " / \(Formatting.mebibytes(kibibytes: maxResidentKiB))" : ""
            return "\(Formatting.seconds(medianSeconds))\(memory) (\(runCount) run\(runCount == 1 ? "" : "s"))"
        case .timedOut: return "killed at the time limit"
        case .failed(let reason): return "failed: \(reason)"
        case .skipped: return "skipped"
        }
    }
}
