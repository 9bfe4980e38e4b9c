import ArgumentParser
import Migration
import PythonSource

/// `converge move OLD NEW`: moves a module or package and rewrites every import of it
/// across the project, each rewrite a proposal accepted by default.
struct MoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "move",
        abstract: "Move a Python module or package and rewrite every import of it.",
        discussion: """
            OLD and NEW are dotted module names under the root. Imports are resolved, \
            relative ones included, and written back in their own style from each \
            file's new place. --dry-run lists the proposals (path:line kind: before → \
            after) and writes nothing; a real run writes every proposal accepted by \
            default and lists the flags (found, not safe to edit) with their reasons. \
            Relative imports that reach across the moved package are offered as \
            absolute imports too, an optional group listed as "code (optional)" and \
            off by default; --absolute-imports writes them instead of the relative \
            spelling. A ruff TID252 ban (ban-relative-imports, in pyproject.toml, \
            ruff.toml or .ruff.toml) makes rewrites it would reject absolute anyway. \
            Exit 0 when done, 2 on bad input.
            """
    )

    @Option(help: "The project root that module names count from.")
    var root: String = "."

    @Flag(help: "List the proposals and write nothing.")
    var dryRun = false

    @Flag(help: "With --dry-run: print the proposals as a JSON array.")
    var json = false

    @Flag(help: "Also propose rewrites in docs (off by default).")
    var includeDocs = false

    @Flag(help: "Write relative imports the move rewrites as absolute imports (an optional group, off by default).")
    var absoluteImports = false

    @Argument(help: "The module or package to move (dotted, such as pkg.old).") var old: String
    @Argument(help: "Its new dotted name (such as pkg.sub.old).") var new: String

    func run() throws {
        let target = try MoveTarget.checked(root: root, old: old, new: new)
        let files: ProjectFiles
        do {
            files = try ProjectFiles.read(root: root)
        } catch {
            throw CommandFailure(error.description)
        }
        var kinds: Set<ProposalKind> = [.code, .codeString, .config, .flag]
        if includeDocs { kinds.insert(.docs) }
        let planner = RewritePlanner(files: files.python, otherFiles: files.others, moves: ModuleMoves([target.move]),
                                     kinds: kinds, absoluteImports: absoluteImports)
        let proposals = planner.proposals()
        if dryRun {
            var output = FileSink.standardOutput()
            MoveReport.write(proposals, json: json, to: &output)
            output.flush()
            return
        }
        try MoveWriter(target: target, files: files, layout: planner.layoutAfterMoves).write(proposals)
        // Flags are never written, so the user has to hear about them.
        var output = FileSink.standardOutput()
        for flag in proposals where flag.kind == .flag {
            output.write(MoveReport.flagLine(flag))
        }
        output.flush()
    }
}
