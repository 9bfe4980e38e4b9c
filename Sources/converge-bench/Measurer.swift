import Foundation

/// Runs a tool several times on one input and condenses the runs into a `ToolResult`:
/// median wall time, maximum peak RSS, and the analysis of the first run's output.
struct Measurer {
    let runner: ProcessRunner
    /// Runs per measurement, by input size.
    let runs: (InputSize?) -> Int
    /// Seconds after which a run is killed.
    let timeout: Double
    /// A first run slower than this is not repeated (as PEERS.md did: repeating a 25 s run
    /// five times buys little precision for a lot of waiting).
    let slowRunSeconds = 10.0

    /// Measures `tool` on `input`; with `saveOutputTo`, the first run's output is written there.
    func measure(_ tool: BenchTool, on input: InputSet, saveOutputTo: String? = nil) -> ToolResult {
        var result = ToolResult(label: tool.label, status: .measured)
        guard let executable = tool.executable else {
            result.status = .failed("\(tool.label): executable not found")
            return result
        }
        let arguments = tool.arguments(input.paths)
        var first = runner.run(executable, arguments, keepOutput: true, timeout: timeout)
        result.exitCode = first.exitCode
        if let reason = failure(of: first, tool) {
            result.status = first.ending == .timedOut ? .timedOut : .failed(reason)
            result.maxResidentKiB = first.maxResidentKiB
            return result
        }
        result.analysis = OutputAnalysis.read(first.output, as: tool.format, exitCode: first.exitCode ?? 0)
        if let problem = result.analysis.problem {
            result.status = .failed("\(tool.label): \(problem)")
            return result
        }
        if let path = saveOutputTo, save(first.output, to: path) { result.savedOutput = path }
        first.output = []  // before the next fork: the child would start with a copy of it
        var times = [first.seconds]
        var peak = first.maxResidentKiB
        let wanted = first.seconds > slowRunSeconds ? 1 : runs(input.size)
        while times.count < wanted {
            let again = runner.run(executable, arguments, keepOutput: false, timeout: timeout)
            if let reason = failure(of: again, tool) {
                result.status = .failed("run \(times.count + 1) of \(wanted): \(reason)")
                return result
            }
            times.append(again.seconds)
            peak = max(peak, again.maxResidentKiB)
        }
        result.medianSeconds = Self.median(times)
        result.maxResidentKiB = peak
        result.runCount = times.count
        return result
    }

    private func save(_ output: [UInt8], to path: String) -> Bool {
        FileManager.default.createFile(atPath: path, contents: Data(output))
    }

    /// Why a run does not count, or nil if it worked.
    private func failure(of run: ToolRun, _ tool: BenchTool) -> String? {
        let stderr = run.errorText.split(separator: "\n").first.map { ": \($0.prefix(160))" } ?? ""
        switch run.ending {
        case .exited(let code) where tool.acceptedExitCodes.contains(code): return nil
        case .exited(let code): return "\(tool.label) exited with \(code)\(stderr)"
        case .signaled(let signal): return "\(tool.label) was killed by signal \(signal)\(stderr)"
        case .timedOut: return "\(tool.label) took more than \(Formatting.limit(timeout))"
        case .notStarted(let reason): return reason
        }
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
