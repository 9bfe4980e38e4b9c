import Foundation

/// The `apply` group: `converge apply` of a 10k-file migration (`ApplyTrees`), which
/// writes the backup, the journal and every file durably and then runs the static verify
/// itself, plus a separate `converge verify` of the result, against the floor for
/// writing the same files durably: `cp -a SOURCE copy && sync`. Goal: apply ≤ 3× that.
///
/// Every timed run gets a fresh copy of the tree (copying not timed); the commands take
/// turns, round by round, so the ratio compares runs made under the same load.
final class ApplyBench {
    private let options: BenchOptions
    private let workspace: BenchWorkspace

    init(options: BenchOptions) throws {
        self.options = options
        workspace = try BenchWorkspace(options: options)
    }

    /// Measures and returns the Markdown section; `standalone` adds the machine line.
    func run(standalone: Bool) throws -> String {
        let inputs = options.inputsPath
        let trees = ApplyTrees(inputsFolder: inputs)
        Console.note("apply: the project is \(trees.pristine) (made once)")
        try trees.prepare()
        if options.generateOnly { return "" }
        let load = HostEnvironment.loadAverage(figures: 3)
        let results = measure(trees)
        trees.removeWork()
        var text = standalone ? "# converge-bench\n\n\(MachineInfo.headerLine())\n" : ""
        text += """

            ## Apply: median wall time / peak RSS

            `converge apply --root . --resolve target --yes \(ApplyTrees.source) \(ApplyTrees.target)` on a \
            synthetic project: SOURCE holds \(Formatting.count(ApplyTrees.sourceFiles)) small Python files, TARGET a \
            migrated copy of \(ApplyTrees.targetSubpackages)% of them with every tenth module changed (conflicts \
            decided by `--resolve target`), and \(ApplyTrees.appModules) modules outside import the old name. The \
            apply includes the backup (copies, manifest, read back), the journal, every write atomic and durable, \
            `.converge/applied.json` and its own static verify. `converge verify` is then timed alone on the result. \
            The floor is `cp -a \(ApplyTrees.source) copy && sync`: writing the same SOURCE durably. Each run gets a \
            fresh copy of the tree (made and `sync`ed before the clock starts); the commands take turns, \(options.runs ?? 3) rounds. Load average \
            when the rounds began: \(load).


            """
        text += table(results).render()
        return text
    }

    private func measure(_ trees: ApplyTrees) -> [ToolResult] {
        let once = MoveMeasurer(runner: workspace.runner, env: MoveInterpreters.env(), runs: 1)
        let timeout = max(options.timeout, 300)
        let commands = [
            MoveMeasurer.Command(label: "converge apply", executable: workspace.converge,
                                 arguments: ["apply", "--root", ".", "--resolve", "target", "--yes", ApplyTrees.source, ApplyTrees.target],
                                 acceptedExitCodes: 0...0, timeout: timeout),
            MoveMeasurer.Command(label: "converge verify", executable: workspace.converge, arguments: ["verify"],
                                 acceptedExitCodes: 0...0, timeout: timeout),
            MoveMeasurer.Command(label: "cp -a && sync", executable: HostEnvironment.findOnPath("sh"),
                                 arguments: ["-c", "cp -a \(ApplyTrees.source) copy && sync"], acceptedExitCodes: 0...0, timeout: timeout),
        ]
        var results = commands.map { ToolResult(label: $0.label, status: .measured) }
        var times = [[Double]](repeating: [], count: commands.count)
        for _ in 0..<(options.runs ?? 3) {
            for (index, command) in commands.enumerated() where results[index].isMeasured {
                if index == 1 && !results[0].isMeasured { results[1].status = .skipped; continue }
                // Verify runs on the tree the apply just wrote; the others on a fresh copy,
                // flushed before the clock starts so no run pays for writing the copy.
                let run = once.measure(command, prepare: {
                    guard index != 1 else { return trees.work }
                    let work = try trees.freshWork()
                    sync()
                    return work
                })
                results[index].maxResidentKiB = max(results[index].maxResidentKiB, run.maxResidentKiB)
                guard run.isMeasured else {
                    results[index].status = run.status
                    continue
                }
                times[index].append(run.medianSeconds)
            }
        }
        for index in results.indices where results[index].isMeasured && !times[index].isEmpty {
            results[index].medianSeconds = Measurer.median(times[index])
            results[index].runCount = times[index].count
        }
        for result in results { note(result) }
        return results
    }

    private func table(_ results: [ToolResult]) -> MarkdownTable {
        let header = ["migration", "`converge apply` (with its verify)", "`converge verify`", "`cp -a && sync`",
                      "apply ÷ cp+sync (goal ≤ 3×)"]
        var table = MarkdownTable(header: header, firstNumberColumn: 1)
        let cells = ResultCells(timeout: max(options.timeout, 300))
        let (apply, verify, floor) = (results[0], results[1], results[2])
        let ratio = apply.isMeasured && floor.isMeasured && floor.medianSeconds > 0
            ? Formatting.ratio(apply.medianSeconds / floor.medianSeconds) : "—"
        table.rows.append([
            "\(Formatting.count(ApplyTrees.sourceFiles)) files",
            cells.timeAndMemory(apply, &table.footnotes),
            cells.timeAndMemory(verify, &table.footnotes),
            cells.timeAndMemory(floor, &table.footnotes),
            ratio,
        ])
        return table
    }

    private func note(_ result: ToolResult) {
        Console.note("apply · \(result.label): \(result.progress(showingMemory: false))")
    }
}
