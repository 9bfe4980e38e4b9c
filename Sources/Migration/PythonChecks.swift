/// The dynamic checks of `converge verify --python` and `--pytest`: what only running
/// Python can tell. Each failure becomes a `VerifyFinding` with a path relative to
/// the root where Python names one.
public struct PythonChecks: Sendable {
    /// The project root: the folder put first on `sys.path` and pytest's working folder.
    public var root: String
    var runner: PythonRunner

    /// `timeLimit`: seconds for each child (compileall, one module's import, the pytest run).
    public init(root: String, timeLimit: Double = 120) {
        self.root = root
        runner = PythonRunner(timeLimit: timeLimit)
    }

    /// `python3 -m compileall -q .` from the root (tool and environment folders left
    /// out): every file Python cannot compile, at the line of its syntax error.
    public func compile() -> [VerifyFinding] {
        let skipped = #"/(\.git|\.hg|\.converge|\.venv|venv|\.tox|\.nox|node_modules|site-packages|__pycache__)/"#
        let output: ChildProcess.Output
        do {
            output = try runner.run(["-I", "-c", PythonScripts.compileAll, root, "-q", "-x", skipped, "."])
        } catch {
            return [VerifyFinding(path: "", line: 0, check: .compile, message: error.description)]
        }
        if output.timedOut { return [timedOut(.compile, "python3 -m compileall")] }
        var findings = PythonOutput.compileErrors(String(decoding: output.stdout, as: UTF8.self))
        if output.status != 0 && findings.isEmpty {
            findings.append(VerifyFinding(path: "", line: 0, check: .compile,
                                          message: "python3 -m compileall failed (exit \(output.status)): \(PythonOutput.lastLine(output))"))
        }
        return findings
    }

    /// Imports each module in a child (`-I`: no user site, no `PYTHON*` settings; the root
    /// first on `sys.path`, after the `sourceRoots` such as `src`), one child for all of
    /// them, each import with its own alarm; a child that still hangs is killed and the
    /// rest are imported in a new one.
    /// `modules` maps each dotted name to its file, for the report.
    public func importModules(_ modules: [(name: String, path: String)], sourceRoots: [String] = []) -> [VerifyFinding] {
        let roots = ([root] + sourceRoots.map { "\(root)/\($0)" }).joined(separator: ":")
        let files = Dictionary(modules.map { ($0.name, $0.path) }, uniquingKeysWith: { first, _ in first })
        var failures: [PythonOutput.ImportFailure] = []
        var remaining = modules[...]
        while !remaining.isEmpty {
            var batch = runner
            batch.timeLimit = runner.timeLimit * Double(remaining.count) + 10
            let output: ChildProcess.Output
            do {
                output = try batch.run(["-I", "-c", PythonScripts.importEach, roots, String(Int(runner.timeLimit.rounded(.up)))]
                                           + remaining.map(\.name))
            } catch {
                return Self.grouped(failures, files: files) + [VerifyFinding(path: "", line: 0, check: .importFailure, message: error.description)]
            }
            let results = PythonOutput.importResults(String(decoding: output.stdout, as: UTF8.self))
            failures += results.failures
            let done = results.finished.union(results.failures.map(\.module))
            guard let unfinished = remaining.firstIndex(where: { !done.contains($0.name) }) else { break }
            let module = remaining[unfinished]
            let why = output.timedOut ? "did not finish within the time limit" : "the child ended (exit \(output.status)): \(PythonOutput.lastLine(output))"
            failures.append(PythonOutput.ImportFailure(module: module.name, path: module.path, line: 0, message: why))
            remaining = remaining[(unfinished + 1)...]
        }
        return Self.grouped(failures, files: files)
    }

    /// One finding per place and message: when a package raises, every module under it
    /// fails the same way, and the user needs the cause once, with the module whose own
    /// file raised named first (`import pkg.core, and 16 more modules: RuntimeError: …`).
    static func grouped(_ failures: [PythonOutput.ImportFailure], files: [String: String]) -> [VerifyFinding] {
        var order: [String] = []
        var groups: [String: (finding: VerifyFinding, modules: [String])] = [:]
        for failure in failures {
            let path = failure.path ?? files[failure.module] ?? ""
            let key = "\(path):\(failure.line): \(failure.message)"
            if groups[key] == nil {
                order.append(key)
                groups[key] = (VerifyFinding(path: path, line: failure.line, check: .importFailure, message: failure.message), [])
            }
            groups[key]!.modules.append(failure.module)
        }
        return order.map { key in
            var (finding, modules) = groups[key]!
            let own = modules.firstIndex { files[$0] == finding.path } ?? 0
            let more = modules.count > 1 ? ", and \(modules.count - 1) more module\(modules.count > 2 ? "s" : "")" : ""
            finding.message = "import \(modules[own])\(more): \(finding.message)"
            return finding
        }
    }

    /// Runs pytest on `paths` from the root: each failed test and each file pytest could
    /// not collect, at the line where it failed.
    public func pytest(_ paths: [String]) -> [VerifyFinding] {
        let output: ChildProcess.Output
        do {
            output = try runner.run(["-c", PythonScripts.pytestReport, root] + paths)
        } catch {
            return [VerifyFinding(path: "", line: 0, check: .pytest, message: error.description)]
        }
        if output.timedOut { return [timedOut(.pytest, "pytest")] }
        var findings = PythonOutput.pytestFailures(String(decoding: output.stdout, as: UTF8.self))
        // 0: passed, 1: tests failed (listed above), 5: no tests collected.
        if output.status != 0 && (output.status != 1 || findings.isEmpty) {
            let why = output.status == 5 ? "no tests ran" : "pytest failed (exit \(output.status)): \(PythonOutput.lastLine(output))"
            findings.append(VerifyFinding(path: "", line: 0, check: .pytest, message: why))
        }
        return findings.sorted()
    }

    private func timedOut(_ check: VerifyFinding.Check, _ what: String) -> VerifyFinding {
        VerifyFinding(path: "", line: 0, check: check, message: "\(what) did not finish within \(Int(runner.timeLimit)) s")
    }
}
