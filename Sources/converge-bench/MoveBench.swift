import Foundation

/// The `move` scenario: `converge move` over a copy of the Python standard library, against
/// LibCST's `RenameCommand` (the tool the issue compares with) and `grep -rn` (the floor for
/// reading the tree), plus whether the moved tree still imports.
///
/// It runs after the diff and merge tables and prints its own table. The move is `email` →
/// `mailpkg.email`: a package of 29 modules that a dozen others import, and one LibCST can
/// rename (it is given `--new_name mailpkg.email:`; without the colon LibCST 1.0.1 reads
/// `email` as an object of module `mailpkg` and rewrites nothing).
final class MoveBench {
    static let old = "email"
    static let new = "mailpkg.email"

    private let options: BenchOptions
    private let workspace: BenchWorkspace
    private var scratchFolder: String { workspace.folder }
    private var runner: ProcessRunner { workspace.runner }
    private var converge: String { workspace.converge }

    init(options: BenchOptions) throws {
        self.options = options
        workspace = try BenchWorkspace(options: options)
    }

    /// Measures and returns the Markdown section (a heading, a paragraph, the table).
    /// `standalone` adds the machine line that the main report would otherwise carry.
    func run(standalone: Bool) throws -> String {
        let inputs = options.inputsPath
        let source = try options.pythonStandardLibrary ?? PythonCorpus.locateStandardLibrary()
        let trees = MoveTrees(inputsFolder: inputs, source: source)
        Console.note("move: the tree is a copy of \(source) in \(trees.pristine) (made once)")
        try trees.preparePristine()
        let lines = Self.pythonLineCount(under: trees.pristine)
        if options.generateOnly { return "" }
        let checker = MoveImportCheck(runner: runner, python: MoveInterpreters.forImports(), scratchFolder: scratchFolder)
        let candidates = try? checker.candidates(pristine: trees.pristine, old: Self.old, new: Self.new)
        if candidates == nil { Console.note("move: cannot list the modules to import; import columns are empty") }
        let row = measure(trees, lines: lines, checker: checker, candidates: candidates)
        let report = MoveReport(timeout: options.timeout, libcstTimeout: options.libcstTimeout)
        var text = standalone ? "# converge-bench\n\n\(MachineInfo.headerLine())\n" : ""
        text += """

            ## Move: median wall time / peak RSS

            `\(Self.old)` → `\(Self.new)` in a copy of `\(source)` (\(Formatting.count(lines)) lines of `*.py`), \
            from inside the tree. Writing runs get a fresh copy each (copying is not timed); LibCST runs once \
            (limit \(Formatting.limit(options.libcstTimeout)), `--libcst-timeout`) as `--new_name \(Self.new):`, \
            and since `RenameCommand` only rewrites references, its package folder is then moved as converge \
            moves it. Its peak RSS is its largest process (it forks workers). "Import" runs `python3 -I` on the \
            moved tree alone and imports every moved module and every module that imported `\(Self.old)` \
            (module-level imports only: imports inside functions are not run).


            """
        text += report.table([row], grepLabel: "grep -rn \(Self.old) .").render()
        return text
    }

    private func measure(_ trees: MoveTrees, lines: Int, checker: MoveImportCheck,
                         candidates: MoveImportCheck.Candidates?) -> MoveReport.Row {
        let readRuns = options.runs ?? 5
        let reader = MoveMeasurer(runner: runner, env: MoveInterpreters.env(), runs: readRuns)
        let writer = MoveMeasurer(runner: runner, env: MoveInterpreters.env(), runs: options.runs ?? 3)
        let peers = !options.onlyConverge
        let moveArguments = ["move", "--root", ".", Self.old, Self.new]
        let dryRun = reader.measure(.init(label: "converge move --dry-run", executable: converge,
                                          arguments: moveArguments.prefix(3) + ["--dry-run"] + moveArguments.suffix(2),
                                          acceptedExitCodes: 0...0, timeout: options.timeout),
                                    prepare: { trees.pristine })
        note(dryRun)
        let grep = !peers ? ToolResult(label: "grep", status: .skipped)
            : reader.measure(.init(label: "grep -rn", executable: HostEnvironment.findOnPath("grep"),
                                   arguments: ["-rn", Self.old, "."], acceptedExitCodes: 0...1, timeout: options.timeout),
                             prepare: { trees.pristine })
        note(grep)
        var convergeImports: (Int, String?)?
        let move = writer.measure(.init(label: "converge move", executable: converge, arguments: moveArguments,
                                        acceptedExitCodes: 0...0, timeout: options.timeout),
                                  prepare: trees.freshWork,
                                  inspect: { tree in convergeImports = candidates.map { checker.check(tree: tree, names: $0.names) } })
        note(move)
        var libcstImports: (Int, String?)?
        var libcst = ToolResult(label: "LibCST", status: .skipped)
        if peers {
            let python = MoveInterpreters.withLibCST()
            let arguments = ["-m", "libcst.tool", "codemod", "--no-format", "rename.RenameCommand", ".",
                             "--old_name", Self.old, "--new_name", Self.new + ":"]
            libcst = writer.measure(.init(label: "LibCST RenameCommand", executable: python, arguments: arguments,
                                          acceptedExitCodes: 0...1, timeout: options.libcstTimeout),
                                    prepare: trees.freshWork,
                                    inspect: { tree in
                                        guard let candidates, (try? MoveTrees.moveFiles(in: tree, old: Self.old, new: Self.new)) != nil else { return }
                                        libcstImports = checker.check(tree: tree, names: candidates.names)
                                    })
            if python == nil { libcst.status = .failed("no python3 here can import libcst (pip install libcst)") }
            note(libcst)
        }
        trees.removeWork()
        return MoveReport.Row(move: "`\(Self.old)` → `\(Self.new)`", lines: lines, dryRun: dryRun, converge: move,
                              grep: grep, libcst: libcst, convergeImports: convergeImports,
                              libcstImports: libcstImports, candidates: candidates)
    }

    private func note(_ result: ToolResult) {
        Console.note("move · \(result.label): \(result.progress())")
    }

    /// Adds the section to the `--markdown-out` file that the main report wrote (or writes
    /// it, when the move group ran alone).
    static func append(_ section: String, toFile path: String, replacing: Bool) throws {
        let before = replacing ? "" : ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        try (before + section).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Lines of the `*.py` files, the size the issue speaks of.
    static func pythonLineCount(under root: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return 0 }
        var lines = 0
        while let path = walker.nextObject() as? String {
            guard path.hasSuffix(".py"), let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            lines += data.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        }
        return lines
    }
}
