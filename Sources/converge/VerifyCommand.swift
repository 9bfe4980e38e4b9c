import ArgumentParser
import Migration
import PythonSource

/// `converge verify`: step 7 of a migration, checking that the merged tree holds
/// together before the source is removed: statically always, by running Python on
/// request.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that every import resolves, no conflict markers or old module names are left, and Python agrees.",
        discussion: """
            Static checks over every file under the root: each import of a project \
            module (one whose top-level package or module is under the root; module \
            names count from the root, or from src/ in a src layout) resolves to a file, a package or a namespace \
            folder, relative imports included; each 'from M import name' finds name \
            defined, imported or listed in M's __all__, or as a submodule (a module with \
            a star import, a module __getattr__ or globals() writes is taken to offer \
            anything, one that assigns sys.modules[...] to have any submodule); no <<<<<<< ... ======= ... >>>>>>> block is left in any text \
            file; no import, dotted name or dotted string, and no full dotted or slash \
            path in another text file, still names a module given with --old (a reference at a PATH:LINE given with --keep, a rejected \
            proposal, is listed as kept instead); every Python file tokenizes. After converge apply, \
            .converge/applied.json supplies the moves' old names, the places of the proposals the apply did not write \
            (kept) and the files it wrote (--old and --keep add to them; --ignore-applied leaves it unread): SOURCE is \
            then left out (it is the old copy the clean-up removes), and tokenizing and conflict markers are checked \
            only in the written files, since a file the apply never touched cannot owe such a problem to it; imports, \
            names and old names are checked everywhere. Imports \
            inside try/except, 'if TYPE_CHECKING:' and 'with raises(ImportError):' \
            blocks, and in tests decorated as xfail or skip, are not checked (optional \
            by design); imports inside functions are. --python also runs \
            'python3 -m compileall -q' and imports every module of each --package \
            (default: every top-level package with an __init__.py) in an isolated child \
            (-I, no PYTHON* variables, the root first on sys.path) with --time-limit \
            seconds per module, reporting each failure once, with its traceback's last \
            line; \
            --pytest runs pytest on the paths from the root. Prints each failure as \
            path:line: what, then a summary line; --json prints one object with \
            findings, kept and summary. Exit 0 when every check holds, 1 when one \
            fails, 2 on bad input.
            """
    )

    @Option(help: "The project root that module names count from.")
    var root: String = "."

    @Flag(help: "Also compile every file and import every module with python3.")
    var python = false

    @Option(name: .customLong("pytest"), help: ArgumentHelp("Run pytest on this path, relative to the root (repeatable).", valueName: "path"))
    var pytestPaths: [String] = []

    @Option(name: .customLong("old"), help: ArgumentHelp("A moved module's old dotted name that nothing may name any more (repeatable).", valueName: "module"))
    var oldModules: [String] = []

    @Option(name: .customLong("keep"), help: ArgumentHelp("A PATH:LINE where an old name is left on purpose, a rejected proposal (repeatable).", valueName: "path:line"))
    var keptOldNames: [String] = []

    @Option(name: .customLong("package"), help: ArgumentHelp("With --python: a top-level package whose modules are imported (repeatable).", valueName: "name"))
    var packages: [String] = []

    @Option(name: .customLong("time-limit"), help: ArgumentHelp("With --python or --pytest: seconds for each module import, compileall and the pytest run.", valueName: "seconds"))
    var timeLimit: Double = 120

    @Flag(help: "Print one JSON object with findings, kept and summary.")
    var json = false

    @Flag(name: .customLong("ignore-applied"), help: "Leave .converge/applied.json (the last apply's old names, kept places and written files) unread.")
    var ignoreApplied = false

    func run() throws {
        let flags = try checkedOptions()
        let record = ignoreApplied ? nil : try AppliedVerify.record(root: root)
        let options = AppliedVerify.options(record, old: flags.oldModules, kept: flags.keptOldNames)
        let (files, staticReport) = try AppliedVerify.run(root: root, record: record, options: options)
        var report = staticReport
        let checks = PythonChecks(root: root, timeLimit: timeLimit)
        if python {
            report.add(checks.compile())
            report.add(checks.importModules(files.importableModules(packages: packages.isEmpty ? nil : packages),
                                            sourceRoots: files.sourceRoots))
        }
        if !pytestPaths.isEmpty { report.add(checks.pytest(pytestPaths)) }
        var output = FileSink.standardOutput()
        VerifyOutput.write(report, json: json, to: &output)
        output.flush()
        if !report.passed { throw ExitCode(1) }
    }

    /// The options, each checked before anything is read: a missing root, a bad module
    /// name or `PATH:LINE`, a missing pytest path or a time limit that is not positive
    /// are bad input (exit 2).
    private func checkedOptions() throws(CommandFailure) -> VerifyOptions {
        guard MoveTarget.isFolder(root) else { throw CommandFailure("\(root): no such folder (--root)") }
        var old: [ModuleName] = []
        for text in oldModules { old.append(try MoveTarget.moduleName(text)) }
        for text in packages { _ = try MoveTarget.moduleName(text) }
        for text in keptOldNames {
            guard let colon = text.lastIndex(of: ":"), colon != text.startIndex, let line = Int(text[text.index(after: colon)...]), line > 0 else {
                throw CommandFailure("--keep \(text): not PATH:LINE (such as pkg/mod.py:12)")
            }
        }
        // A test id (`tests/test_a.py::test_one`) names a file too.
        for path in pytestPaths.map({ String($0.prefix { $0 != ":" }) }) where !MoveTarget.exists(path.hasPrefix("/") ? path : "\(root)/\(path)") {
            throw CommandFailure("--pytest \(path): no such file or folder under \(root)")
        }
        guard timeLimit > 0 else { throw CommandFailure("--time-limit \(timeLimit): must be more than 0 seconds") }
        return VerifyOptions(oldModules: old, keptOldNames: Set(keptOldNames))
    }
}
