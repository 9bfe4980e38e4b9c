/// Runs several commands in turns (A, B, C, A, B, C, …) and condenses each one's runs
/// into a `ToolResult` as `MoveMeasurer` does (median wall time, max peak RSS).
///
/// For rows whose value is a ratio between commands: on a shared machine the load
/// changes from second to second, and a command that uses two threads loses more to it
/// than a one-thread peer; taking turns gives both the same conditions.
struct InterleavedRuns {
    let measurer: MoveMeasurer
    let rounds: Int

    /// One result per command, in order; a command that fails or is killed is not run
    /// again. `each` sees every successful run of command `index`.
    func measure(_ commands: [MoveMeasurer.Command], in folder: String,
                 each: (_ index: Int, ToolRun) -> Void = { _, _ in }) -> [ToolResult] {
        var results = commands.map { ToolResult(label: $0.label, status: .measured) }
        var times = [[Double]](repeating: [], count: commands.count)
        for _ in 0..<rounds {
            for (index, command) in commands.enumerated() where results[index].isMeasured {
                let run = measurer.measure(command, prepare: { folder }, each: { each(index, $0) })
                results[index].maxResidentKiB = max(results[index].maxResidentKiB, run.maxResidentKiB)
                results[index].exitCode = run.exitCode ?? results[index].exitCode
                guard run.isMeasured else {
                    results[index].status = times[index].isEmpty ? run.status : .failed(run.failure ?? "failed on a later run")
                    continue
                }
                times[index].append(run.medianSeconds)
            }
        }
        for index in results.indices where results[index].isMeasured {
            results[index].medianSeconds = Measurer.median(times[index])
            results[index].runCount = times[index].count
        }
        return results
    }
}
