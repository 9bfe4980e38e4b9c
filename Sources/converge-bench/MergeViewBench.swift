import Foundation
import ConvergeTestSupport
import MergeUI
import Migration

/// The `merge-view` group: the interface's merge view on a 100k-line conflicting file
/// (the `merge-conflict` triple), measured on the in-memory screen: the time to open
/// the file and draw the first frame, then key-to-frame times for `n`, `t`, `]`, `j`,
/// `u` in turn, each key followed by a full draw of a 200×50 screen. Goal (issue 6):
/// median ≤ 10 ms.
final class MergeViewBench {
    static let keys = ["n", "t", "]", "j", "u"]
    static let width = 200
    static let height = 50

    private let options: BenchOptions

    init(options: BenchOptions) {
        self.options = options
    }

    /// Measures and returns the Markdown section; `standalone` adds the machine line.
    func run(standalone: Bool) throws -> String {
        let folder = options.inputsPath
        let cache = try InputCache(folder: folder, pythonRoot: options.pythonStandardLibrary)
        let size = InputSize(lines: 100_000)
        let inputs = try cache.inputs(.mergeConflict, size)
        if options.generateOnly { return "" }
        let texts = try inputs.paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
            return [UInt8](data)
        }
        let plan = try Self.plan(base: texts[0], target: texts[1], source: texts[2])
        let conflicts = plan.merges[0].conflictCount
        Console.note("merge-view: \(Formatting.count(inputs.lineCounts[1])) lines, \(Formatting.count(conflicts)) conflicts, "
                     + "\(Formatting.count(plan.merges[0].hunks.count)) hunks")
        let (open, times) = measure(plan, presses: 100 * Self.keys.count)
        let sorted = times.sorted()
        let median = sorted[sorted.count / 2], p95 = sorted[min(sorted.count - 1, sorted.count * 95 / 100)]
        let perKey = Self.keys.indices.map { key in
            let own = times.indices.filter { $0 % Self.keys.count == key }.map { times[$0] }.sorted()
            return "`\(Self.keys[key])` \(Self.milliseconds(own[own.count / 2])) / \(Self.milliseconds(own[own.count * 95 / 100]))"
        }.joined(separator: ", ")
        let terminal = try measureOnTerminal(inputs.paths)
        var text = standalone ? "# converge-bench\n\n\(MachineInfo.headerLine())\n" : ""
        text += """

            ## Merge view: key to frame

            The merge view of a \(Formatting.count(inputs.lineCounts[1]))-line conflicting file (`merge-conflict-\(size)`, \
            \(Formatting.count(conflicts)) conflicts) open in the interface's state; each key (`\(Self.keys.joined(separator: "`, `"))` \
            in turn, \(times.count) presses) is handled and a full \(Self.width)×\(Self.height) frame drawn into the in-memory screen. \
            Goal: median ≤ 10 ms.

            | open + first frame | key to frame, median | p95 | max |
            | ---: | ---: | ---: | ---: |
            | \(Self.milliseconds(open)) | \(Self.milliseconds(median)) | \(Self.milliseconds(p95)) | \(Self.milliseconds(sorted.last ?? 0)) |

            Median / p95 per key: \(perKey).

            On the ncurses backend (the real binary, `converge mergetool` on the same three files in a \
            \(Self.width)×\(Self.height) tmux window, \(Self.terminalPresses) keys pressed one by one, each timed by \
            the binary from reading the key to its frame written by ncurses): \
            first frame \(terminal.firstFrameSeconds.map { Self.milliseconds($0) } ?? "—") after the merge, key to frame \
            \(terminal.keyToFrame ?? "—").

            """
        return text
    }

    /// Opens the file, draws the first frame, then presses keys: the open time and each key's time, in seconds.
    private func measure(_ plan: Plan, presses: Int) -> (open: Double, keys: [Double]) {
        var state = AppState(plan: plan)
        state.bodyRows = AppView.bodyRows(height: Self.height)
        state.bodyColumns = Self.width
        let started = Self.now()
        state.openMerge(path: plan.merges[0].path)
        var screen = Screen(width: Self.width, height: Self.height)
        AppView.draw(state, on: &screen)
        let open = Self.now() - started
        var times: [Double] = []
        times.reserveCapacity(presses)
        for press in 0..<presses {
            let key = Key(name: Self.keys[press % Self.keys.count])!
            let start = Self.now()
            _ = state.handle(key)
            var frame = Screen(width: Self.width, height: Self.height)
            AppView.draw(state, on: &frame)
            times.append(Self.now() - start)
        }
        return (open, times)
    }

    static let terminalPresses = 100

    /// The same keys in the real binary on ncurses: `converge mergetool BASE LOCAL REMOTE MERGED`.
    private func measureOnTerminal(_ paths: [String]) throws -> TerminalFrames.Report {
        let folder = try TemporaryFolder("converge-bench-mergetool")
        let merged = folder.file("merged.py")
        try FileManager.default.copyItem(atPath: paths[1], toPath: merged)
        let converge = options.convergeBinary
        let keys = (0..<Self.terminalPresses).map { Self.keys[$0 % Self.keys.count] }
        let report = try TerminalFrames(converge: converge).measure(["mergetool", paths[0], paths[1], paths[2], merged],
                                                                     in: folder.path, ready: "conflict 1 of", keys: keys,
                                                                     width: Self.width, height: Self.height)
        Console.note("merge-view · ncurses: first frame \(report.firstFrameSeconds.map { Self.milliseconds($0) } ?? "—"), "
                     + "key to frame \(report.keyToFrame ?? "—")")
        return report
    }

    /// A plan with the one conflicting file, as a scan of two trees would give it.
    static func plan(base: [UInt8], target: [UInt8], source: [UInt8]) throws -> Plan {
        let path = "conflicting.py"
        let merge = try FileMerge.merge(path: path, target: target, source: source, baseBytes: base, base: .found(origin: "bench"))
        let workspace = Workspace(root: "/bench", source: "/bench/s", target: "/bench/t", sourcePackage: nil, targetPackage: nil)
        let scan = WorkspaceScan(source: "/bench/s", target: "/bench/t",
                                 files: [ScannedFile(path: path, fileClass: .conflict, flags: [], source: nil, target: nil)])
        return Plan(workspace: workspace, scan: scan, merges: [merge], initFiles: [], moves: ModuleMoves([]),
                    layout: LayoutPlan(rules: [], paths: [path], package: "bench"), proposals: [], problems: [])
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func milliseconds(_ seconds: Double) -> String {
        String(format: "%.2f ms", seconds * 1000)
    }
}
