import ArgumentParser
import DiffCore

/// `converge diff`: a unified diff of two files, with `diff`'s exit codes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print a unified diff of two files (exit 0 same, 1 different, 2 trouble).",
        discussion: """
            The output is accepted by `patch -p0` and `git apply -p0`. Lines are compared \
            byte for byte, terminators included, so CRLF and LF lines differ.
            """
    )

    @Option(name: .customShort("u"), help: "Lines of context around each change.")
    var context: Int = 3

    @Flag(help: "Find the smallest possible diff, however long it takes.")
    var minimal = false

    @Flag(help: "Print only the counts of inserted and deleted lines.")
    var stat = false

    @Argument(help: "The old file.") var old: String
    @Argument(help: "The new file.") var new: String

    func run() throws {
        guard context >= 0 else { throw CommandFailure("-u takes a number of lines, 0 or more") }
        let texts = try ConcurrentLoad.texts([old, new])
        let oldText = texts[0], newText = texts[1]
        let changes: [Change]
        do {
            changes = try Diff.changes(from: oldText, to: newText, options: DiffOptions(minimal: minimal))
        } catch {
            throw CommandFailure("\(old): \(error)")
        }
        var output = StandardOutput.standardOutput()
        if stat {
            if let line = DiffStat(changes).shortStat { output.write(line + "\n") }
        } else {
            UnifiedDiff(oldLabel: old, newLabel: new, context: context)
                .write(old: oldText, new: newText, changes: changes, to: &output)
        }
        output.flush()
        if !changes.isEmpty { throw ExitCode(1) }
    }
}
