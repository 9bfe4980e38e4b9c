import Foundation

/// One benchmark run from options to report: generate (or reuse) the inputs, measure every
/// tool on every input, print the tables.
final class BenchSession {
    private let options: BenchOptions
    private let cache: InputCache
    private let workspace: BenchWorkspace
    private var scratchFolder: String { workspace.folder }
    private var runner: ProcessRunner { workspace.runner }
    private var converge: String { workspace.converge }
    private let peers: (diff: String?, git: String?, diff3: String?)

    init(options: BenchOptions) throws {
        self.options = options
        let folder = options.inputsPath
        cache = try InputCache(folder: folder, pythonRoot: options.pythonStandardLibrary)
        workspace = try BenchWorkspace(options: options)
        peers = (HostEnvironment.findOnPath("diff"), HostEnvironment.findOnPath("git"), HostEnvironment.findOnPath("diff3"))
    }

    func run() throws {
        let inputs = try generateInputs()
        var report = InputsReport.table(inputs, pythonRoot: cache.pythonRootUsed).render()
        guard !options.generateOnly else { return print(report, terminator: "") }
        let cells = ResultCells(timeout: options.timeout)
        let twoWay = inputs.filter { !$0.scenario.isMerge }.map { measure($0, tools: twoWayTools()).results }
        let measuredMerges = inputs.filter(\.scenario.isMerge).map { measure($0, tools: threeWayTools()) }
        let merges = measuredMerges.map(\.results)
        let comparisons = measuredMerges.map(\.comparedToGit)
        report = header() + "\n" + report
        if !twoWay.isEmpty {
            report += "\n## Two-way diff: median wall time / peak RSS\n\n"
            report += TwoWayReport(cells: cells).table(twoWay).render()
        }
        if !merges.isEmpty {
            report += "\n## Three-way merge: median wall time / peak RSS\n\n"
            report += MergeReport(cells: cells).table(merges, equalToGit: comparisons).render()
        }
        print(report, terminator: "")
        if let path = options.markdownOut {
            try report.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    /// All inputs, generated before any timing so generation never competes with a tool:
    /// by scenario, then by size; trap-tiny once.
    private func generateInputs() throws -> [InputSet] {
        var inputs: [InputSet] = []
        for scenario in options.scenarios {
            let sizes = scenario.isSized ? options.sizes : [InputSize(lines: 0)]
            for size in sizes { inputs.append(try cache.inputs(scenario, size)) }
        }
        cache.releaseCorpus()
        return inputs
    }

    private func twoWayTools() -> [BenchTool] {
        BenchTool.twoWay(converge: converge, diff: peers.diff, git: peers.git, gitHome: scratchFolder + "/home")
    }

    private func threeWayTools() -> [BenchTool] {
        BenchTool.threeWay(converge: converge, git: peers.git, diff3: peers.diff3, gitHome: scratchFolder + "/home")
    }

    /// Every tool on one input; peers are skipped with `--only-converge`. Merge outputs are
    /// saved to scratch files for the comparison with git, then removed.
    private func measure(_ input: InputSet, tools: [BenchTool]) -> (results: CaseResults, comparedToGit: String?) {
        let measurer = Measurer(runner: runner, runs: runsPerMeasurement, timeout: options.timeout)
        let results = tools.enumerated().map { index, tool in
            guard tool.isConverge || !options.onlyConverge else { return ToolResult(label: tool.label, status: .skipped) }
            let saveTo = input.scenario.isMerge ? "\(scratchFolder)/output-\(index)" : nil
            let result = measurer.measure(tool, on: input, saveOutputTo: saveTo)
            Console.note("\(input.scenario.rawValue) \(input.sizeLabel) · \(tool.label): \(result.progress())")
            return result
        }
        let measured = CaseResults(input: input, results: results)
        let comparison = input.scenario.isMerge ? MergeReport.comparedToGit(measured) : nil
        for case let path? in results.map(\.savedOutput) { try? FileManager.default.removeItem(atPath: path) }
        return (measured, comparison)
    }

    /// The lines above the tables: machine, tools, and how the numbers were taken.
    private func header() -> String {
        let versions = [peers.diff, peers.git, peers.diff3].map { MachineInfo.version(of: $0, runner: runner) ?? "not found" }
        let runs = options.runs.map { "\($0) runs" } ?? "5 runs (3 at 1M lines and more)"
        let floor = HostEnvironment.findOnPath("true").map { runner.run($0, [], keepOutput: false, timeout: 10) }
        let floorText = floor.map { Formatting.mebibytes(kibibytes: $0.maxResidentKiB) } ?? "unknown"
        return """
            # converge-bench

            \(MachineInfo.headerLine())

            Tools: `\(converge)`; \(versions[0]); \(versions[1]); \(versions[2]). \
            `LC_ALL=C`, git without configuration (empty `HOME`), output read from a pipe. \
            Median wall time of \(runs), max peak RSS; a run is killed after \(Formatting.limit(options.timeout)), \
            and a first run over 10 s is not repeated. Peak RSS has a floor of \(floorText) \
            (what `true` measures: the forked copy of converge-bench), so values near it mean "at most".

            """
    }

    private func runsPerMeasurement(_ size: InputSize?) -> Int {
        options.runs ?? ((size?.lines ?? 0) >= 1_000_000 ? 3 : 5)
    }

}
