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
            syntax, patterns count from each tree's top) and from --exclude. A source-only \
            module whose definitions the target has in another module is 'moved': it is \
            mapped there, not copied. Conflict files are merged (three-way with a base \
            from --base or --base-rev, else two-way) and counted in hunks, conflicts and \
            auto-merged hunks; __init__.py files are combined. Prints the counts, every \
            path that is not plain same, the moved modules, the layout moves, the \
            problems, and the import rewrites of moving SOURCE's package to TARGET's \
            (both named from --root) per kind, as converge move --dry-run lists them; \
            --json prints one object with counts, files, problems, moved, layout and \
            proposals. Exit 0, or 2 on bad input with nothing written.
            """
    )

    @Option(help: "The project root: module names count from it, and it holds .convergeignore (default: the git top level, else the folder holding SOURCE's outermost package).")
    var root: String?

    @Option(help: ArgumentHelp("The merge base: a folder holding the common ancestor at the same relative paths, or 'auto' (git history: the source's version when the target's copy first appeared).", valueName: "dir|auto"))
    var base: String?

    @Option(name: .customLong("base-rev"), help: ArgumentHelp("The merge base from git: the file at SOURCE's path in this revision.", valueName: "rev"))
    var baseRevision: String?

    @Option(name: .customLong("exclude"), help: "A gitignore-style pattern to leave out (repeatable; '!' re-includes).")
    var excludes: [String] = []

    @Option(name: .customLong("layout"), help: "A layout rule GLOB=FOLDER for the merged target (repeatable; the first that matches wins).")
    var layoutRules: [String] = []

    @Flag(help: "Print one JSON object with counts and files.")
    var json = false

    @Argument(help: "The source tree (the copy that moves in).") var source: String
    @Argument(help: "The target tree (the copy that stays).") var target: String

    func run() throws {
        let root = self.root ?? ProjectRoot.find(source: source)
        let input = try ScanInput.checked(source: source, target: target, root: root, globs: excludes)
        let layout: [LayoutRule]
        do {
            layout = try layoutRules.map { text throws(LayoutRuleError) in try LayoutRule(parsing: text) }
        } catch {
            throw CommandFailure(error.description)
        }
        let bases: MergeBaseProvider?
        do {
            let choice = try MergeBaseChoice(base: base, baseRevision: baseRevision)
            bases = choice == .none ? nil : try MergeBaseProvider(choice: choice, source: input.source, target: input.target)
        } catch {
            throw CommandFailure(error.description)
        }
        let plan: Plan
        do {
            plan = try PlanReader.read(workspace: .locate(root: root, source: input.source, target: input.target),
                                       rules: input.rules, bases: bases, layoutRules: layout,
                                       phaseTimer: PhaseTimings.fromEnvironment(), concurrency: Threads.concurrency)
        } catch {
            throw CommandFailure(error.description)
        }
        var output = FileSink.standardOutput()
        ScanReport.write(plan, json: json, to: &output)
        output.flush()
    }
}
