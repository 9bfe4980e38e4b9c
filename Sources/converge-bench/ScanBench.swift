import Foundation

/// The `scan` group: `converge scan --json` over two copies of large installed Python
/// packages (`ScanTrees`), with its two phases reported apart, against the peers the issue
/// sets goals by: `diff -rq` of the two trees for the classification (the same walk, read
/// and compare) and `grep -rn OLDNAME .` for the rewrite planning (the floor for reading
/// the project).
///
/// converge prints the phase times itself (`CONVERGE_TIMINGS=1`, see `ScanPhaseTimes`);
/// the table gives the median of each over the runs. The three commands take turns
/// (`InterleavedRuns`), so the ratios compare runs made under the same load.
final class ScanBench {
    private let options: BenchOptions
    private let workspace: BenchWorkspace

    init(options: BenchOptions) throws {
        self.options = options
        workspace = try BenchWorkspace(options: options)
    }

    /// Measures and returns the Markdown section (a heading, a paragraph, the table).
    /// `standalone` adds the machine line that the main report would otherwise carry.
    func run(standalone: Bool) throws -> String {
        let inputs = options.inputsPath
        let trees = ScanTrees(inputsFolder: inputs, packages: try ScanPackages.locate())
        Console.note("scan: the project is \(trees.root), copies of \(trees.packages.map(\.folder).joined(separator: ", ")) (made once)")
        let edits = try trees.prepare()
        if options.generateOnly { return "" }
        let load = HostEnvironment.loadAverage(figures: 1)
        let row = measure(trees, edits: edits)
        var text = standalone ? "# converge-bench\n\n\(MachineInfo.headerLine())\n" : ""
        let packages = trees.packages.map { "`\($0.name)`" }.joined(separator: ", ")
        text += """

            ## Scan: median wall time / peak RSS

            `converge scan --json \(trees.source) \(trees.target)` from the project root, where SOURCE holds \
            copies of the installed \(packages) (\(Formatting.count(edits.files)) files, `__pycache__` left out) \
            and TARGET the same with \(Formatting.count(edits.changed)) files changed, \(Formatting.count(edits.added)) \
            added and \(Formatting.count(edits.removed)) removed; \(ScanTrees.appModules) modules in `app/` import \
            `\(ScanTrees.oldName)`. "Classify" (walk, read, hash and compare both trees) and "plan" (read the \
            project, find moved modules, plan the rewrites of `\(ScanTrees.oldName)` → `\(ScanTrees.newName)` \
            and the merges) are converge's own times for its two phases (`CONVERGE_TIMINGS=1`), medians over \
            the runs. The three commands take turns, \(options.runs ?? 5) rounds. Load average when the \
            rounds began: \(load) (converge's classification uses two threads, which a busy machine \
            takes from it first).


            """
        text += ScanBenchReport(timeout: options.timeout).table(row).render()
        return text
    }

    private func measure(_ trees: ScanTrees, edits: ScanTreeEdits.Summary) -> ScanBenchReport.Row {
        let once = MoveMeasurer(runner: workspace.runner, env: MoveInterpreters.env(), runs: 1)
        let grepLabel = "grep -rn \(ScanTrees.oldName) ."
        if let grep = HostEnvironment.findOnPath("grep") {
            // Untimed: brings both trees into the page cache, so no row pays for the disk.
            _ = workspace.runner.run(MoveInterpreters.env(), ["-C", trees.root, grep, "-rq", "not-there", "."],
                                     keepOutput: false, timeout: options.timeout)
        }
        var commands = [MoveMeasurer.Command(label: "converge scan --json", executable: workspace.converge,
                                             arguments: ["scan", "--root", ".", "--json", trees.source, trees.target],
                                             acceptedExitCodes: 0...0, timeout: options.timeout,
                                             environment: ["CONVERGE_TIMINGS=1"])]
        if !options.onlyConverge {
            commands.append(.init(label: "diff -rq", executable: HostEnvironment.findOnPath("diff"),
                                  arguments: ["-rq", trees.source, trees.target], acceptedExitCodes: 0...1,
                                  timeout: options.timeout))
            commands.append(.init(label: grepLabel, executable: HostEnvironment.findOnPath("grep"),
                                  arguments: ["-rn", ScanTrees.oldName, "."], acceptedExitCodes: 0...0,
                                  timeout: options.timeout))
        }
        var phases = ScanPhaseTimes()
        let rounds = InterleavedRuns(measurer: once, rounds: options.runs ?? 5)
        let results = rounds.measure(commands, in: trees.root) { index, run in
            if index == 0 { phases.add(run.errorText) }
        }
        let scan = results[0]
        let diff = results.count > 1 ? results[1] : ToolResult(label: "diff -rq", status: .skipped)
        let grep = results.count > 2 ? results[2] : ToolResult(label: grepLabel, status: .skipped)
        [scan, diff, grep].forEach(note)
        if scan.isMeasured, phases.count < scan.runCount {
            Console.note("scan: converge printed no phase times in \(scan.runCount - phases.count) run(s)")
        }
        return ScanBenchReport.Row(files: edits.files, scan: scan, classifySeconds: phases.medianClassify,
                                   planSeconds: phases.medianPlan, diff: diff, grep: grep, grepLabel: grepLabel)
    }

    private func note(_ result: ToolResult) {
        Console.note("scan · \(result.label): \(result.progress())")
    }
}
