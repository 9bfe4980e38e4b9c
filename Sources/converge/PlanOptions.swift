import ArgumentParser

/// The options of every command that reads a migration's plan (`scan`, `apply`, `ui`),
/// declared once so their names and help cannot drift apart.
struct PlanOptions: ParsableArguments {
    @Option(help: "The project root: module names count from it, and it holds .convergeignore and converge.toml (default: the git top level, else the folder holding SOURCE's outermost package).")
    var root: String?

    @Option(help: ArgumentHelp("The merge base: a folder holding the common ancestor at the same relative paths, or 'auto' (git history: the source's version when the target's copy first appeared).", valueName: "dir|auto"))
    var base: String?

    @Option(name: .customLong("base-rev"), help: ArgumentHelp("The merge base from git: the file at SOURCE's path in this revision.", valueName: "rev"))
    var baseRevision: String?

    @Option(name: .customLong("exclude"), help: "A gitignore-style pattern to leave out (repeatable; '!' re-includes).")
    var excludes: [String] = []

    @Option(name: .customLong("layout"), help: "A layout rule GLOB=FOLDER for the merged target (repeatable; the first that matches wins).")
    var layoutRules: [String] = []

    /// How the plan is read with these options (and the project's `converge.toml`).
    var loading: PlanLoading {
        PlanLoading(root: root, base: base, baseRevision: baseRevision, excludes: excludes, layoutRules: layoutRules)
    }
}
