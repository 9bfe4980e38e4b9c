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
            proposals. A converge.toml in the root may set layout (an array of \
            "GLOB=FOLDER"), exclude, base or base-rev; flags win, --exclude adds. \
            Exit 0, or 2 on bad input with nothing written.
            """
    )

    @OptionGroup var planOptions: PlanOptions

    @Flag(help: "Print one JSON object with counts and files.")
    var json = false

    @Argument(help: "The source tree (the copy that moves in).") var source: String
    @Argument(help: "The target tree (the copy that stays).") var target: String

    func run() throws {
        let loading = planOptions.loading
        let plan = try loading.plan(source: source, target: target, timer: PhaseTimings.fromEnvironment())
        var output = FileSink.standardOutput()
        ScanReport.write(plan, json: json, to: &output)
        output.flush()
    }
}
