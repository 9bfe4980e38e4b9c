import ArgumentParser
import DiffCore
import Migration

/// `converge diff`: a unified diff of two files, with `diff`'s exit codes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Print a unified diff of two files (exit 0 same, 1 different, 2 trouble).",
        discussion: """
            The output is accepted by `patch -p0` and `git apply -p0`. Lines are compared \
            byte for byte, terminators included, so CRLF and LF lines differ. A file \
            with a NUL byte in its first 8000 bytes is binary (git's rule): only \
            "Binary files OLD and NEW differ" is printed, as GNU diff does, unless --text.
            """
    )

    @Option(name: .customShort("u"), help: "Lines of context around each change.")
    var context: Int = 3

    @Flag(help: "Find the smallest possible diff, however long it takes.")
    var minimal = false

    @Flag(help: "Print only the counts of inserted and deleted lines.")
    var stat = false

    @Flag(name: [.customShort("a"), .customLong("text")], help: "Diff binary files line by line too.")
    var text = false

    @Argument(help: "The old file.") var old: String
    @Argument(help: "The new file.") var new: String

    func run() throws {
        try DiffRequest(old: old, new: new, context: context, minimal: minimal, stat: stat, text: text).run()
    }
}
