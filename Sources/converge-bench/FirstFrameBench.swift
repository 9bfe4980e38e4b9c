import Foundation
import MergeUI
import Migration

/// The `first-frame` group: how long the interface takes to show its first frame once
/// the plan is read (issue 6: ≤ 100 ms for the demo, ≤ 500 ms for a 10k-file
/// migration), drawn into the in-memory screen in this process.
///
/// The scan is timed apart: it is the same work `converge scan` does and has its own rows.
struct FirstFrameBench {
    struct Row {
        var label: String
        var files: Int
        var scanSeconds: Double
        var frameSeconds: Double
        /// The same first frame by the real binary on ncurses (`TerminalFrames`).
        var terminalFrameSeconds: Double?
        var goalSeconds: Double
    }

    struct Project {
        var label: String
        var root: String
        var source: String
        var target: String
        var base: MergeBaseChoice
        var goalSeconds: Double
        /// A copy of the project to run the binary in (it may write `.converge/`).
        var copy: String
    }

    let options: BenchOptions

    func run(standalone: Bool) throws -> String {
        let rows = try projects().map(measure)
        ApplyTrees(inputsFolder: options.inputsPath).removeWork()
        var text = standalone ? "# converge-bench\n\n\(MachineInfo.headerLine())\n" : ""
        text += """

            ## Interface: time to first frame

            The plan is read as `converge ui` reads it (scan, merges, rewrites; timed apart), then the \
            interface's state is built and its first 100×30 frame drawn: into the in-memory screen in the \
            bench's process, and by the real binary on ncurses in a tmux window (`converge ui` with \
            `CONVERGE_TIMINGS=1`, from its plan to its first frame on the terminal). Median of \(options.runs ?? 5) runs.

            | migration | files | scan | first frame, in-memory screen | first frame, ncurses | goal | within |
            | --- | ---: | ---: | ---: | ---: | ---: | --- |

            """
        for row in rows {
            let slowest = max(row.frameSeconds, row.terminalFrameSeconds ?? .infinity)
            let within = slowest <= row.goalSeconds ? "yes" : "no"
            text += "| \(row.label) | \(Formatting.count(row.files)) | \(Self.milliseconds(row.scanSeconds)) | "
                + "\(Self.milliseconds(row.frameSeconds)) | \(row.terminalFrameSeconds.map(Self.milliseconds) ?? "—") | "
                + "≤ \(Self.milliseconds(row.goalSeconds)) | \(within) |\n"
        }
        return text
    }

    /// The demo (with `--base auto`) and the 10k-file project of the apply rows.
    private func projects() throws -> [Project] {
        let inputs = options.inputsPath
        let demo = inputs + "/ui-demo"
        if !FileManager.default.fileExists(atPath: demo + "/.git") {
            try? FileManager.default.removeItem(atPath: demo)
            try DemoSample.write(into: demo)
        }
        let trees = ApplyTrees(inputsFolder: inputs)
        try trees.prepare()
        return [
            Project(label: "demo", root: demo, source: DemoSample.sourcePackage, target: DemoSample.targetPackage,
                    base: .auto, goalSeconds: 0.1, copy: demo),
            Project(label: "10k-file migration", root: trees.pristine, source: ApplyTrees.source, target: ApplyTrees.target,
                    base: .none, goalSeconds: 0.5, copy: try trees.freshWork()),
        ]
    }

    private func measure(_ project: Project) throws -> Row {
        let source = project.root + "/" + project.source
        let target = project.root + "/" + project.target
        var scans: [Double] = []
        var frames: [Double] = []
        var files = 0
        for _ in 0..<(options.runs ?? 5) {
            let start = DispatchTime.now()
            let bases = project.base == .none ? nil : try MergeBaseProvider(choice: project.base, source: source, target: target)
            let plan = try PlanReader.read(workspace: .locate(root: project.root, source: source, target: target), bases: bases)
            let scanned = DispatchTime.now()
            var state = AppState(plan: plan)
            state.bodyRows = AppView.bodyRows(height: 30)
            state.bodyColumns = 100
            var screen = Screen(width: 100, height: 30)
            AppView.draw(state, on: &screen)
            let drawn = DispatchTime.now()
            scans.append(Self.seconds(start, scanned))
            frames.append(Self.seconds(scanned, drawn))
            files = plan.scan.files.count
        }
        let terminal = TerminalFrames(converge: options.convergeBinary)
        let base = project.base == .none ? [] : ["--base", "auto"]
        let onTerminal = try (0..<(options.runs ?? 5)).compactMap { _ in
            try terminal.measure(["ui", "--root", "."] + base + [project.source, project.target], in: project.copy,
                                 ready: "1 Tree").firstFrameSeconds
        }
        let row = Row(label: project.label, files: files, scanSeconds: Measurer.median(scans), frameSeconds: Measurer.median(frames),
                      terminalFrameSeconds: onTerminal.isEmpty ? nil : Measurer.median(onTerminal), goalSeconds: project.goalSeconds)
        Console.note("first-frame · \(row.label): scan \(Self.milliseconds(row.scanSeconds)), first frame \(Self.milliseconds(row.frameSeconds)), on ncurses \(row.terminalFrameSeconds.map(Self.milliseconds) ?? "—")")
        return row
    }

    static func seconds(_ start: DispatchTime, _ end: DispatchTime) -> Double {
        Double(end.uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }

    static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.1f ms", seconds * 1000)
    }
}
