import ArgumentParser
import Migration

/// `converge scan SOURCE TARGET`: step 1 of a migration, classifying every path of
/// the two trees before anything is merged, so the user sees the size of the job.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Classify every path of two copies of a package: source-only, conflict, target-only, same.",
        discussion: """
            Walks SOURCE and TARGET without following symbolic links and classifies each \
            relative path: source-only, conflict (in both, contents differ), target-only, \
            same (byte-identical), excluded; with the flags binary, symlink, type-clash \
            and mode-differs. Excluded by default: __pycache__/, *.pyc, *.pyo, .git/, \
            .DS_Store, *~, *.swp; more from a .convergeignore in the root (gitignore \
            syntax, patterns count from each tree's top) and from --exclude. Prints the \
            counts, every path that is not plain same, and the import rewrites of moving \
            SOURCE's package to TARGET's (both named from --root), as converge move \
            --dry-run lists them; --json prints one object with counts, files and \
            proposals. Exit 0, or 2 on bad input with nothing written.
            """
    )

    @Option(help: "The project root: module names count from it, and it holds .convergeignore.")
    var root: String = "."

    @Option(name: .customLong("exclude"), help: "A gitignore-style pattern to leave out (repeatable; '!' re-includes).")
    var excludes: [String] = []

    @Flag(help: "Print one JSON object with counts and files.")
    var json = false

    @Argument(help: "The source tree (the copy that moves in).") var source: String
    @Argument(help: "The target tree (the copy that stays).") var target: String

    func run() throws {
        let input = try ScanInput.checked(source: source, target: target, root: root, globs: excludes)
        let plan: Plan
        do {
            plan = try PlanReader.read(workspace: .locate(root: root, source: input.source, target: input.target),
                                       rules: input.rules, phaseTimer: PhaseTimings.fromEnvironment())
        } catch {
            throw CommandFailure(error.description)
        }
        var output = FileSink.standardOutput()
        ScanReport.write(plan, json: json, to: &output)
        output.flush()
    }
}
