import ArgumentParser
import DiffCore
import Migration

/// `converge merge-file`: a three-way merge of three files, as `git merge-file`.
///
/// Same options and output byte for byte; the result replaces CURRENT atomically (git
/// rewrites it in place). Exit status: the number of conflicts left, at most 127;
/// 255 on error, with one line on standard error and nothing written.
struct MergeFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-file",
        abstract: "Merge the changes from BASE to OTHER into CURRENT (as git merge-file).",
        discussion: """
            Conflicts are written with git's markers (<<<<<<<, =======, >>>>>>>, and \
            ||||||| with --diff3 or --zdiff3), labelled with the file names unless -L \
            says otherwise. The exit status is the number of conflicts (at most 127), \
            0 for a clean merge, 255 on error. Binary files (a NUL byte in the first \
            8000 bytes) are refused, as git does.
            """
    )

    @Flag(name: [.customShort("p"), .customLong("stdout")],
          help: "Write the result to standard output, not to CURRENT.")
    var toStandardOutput = false

    @Flag(name: .shortAndLong,
          help: "Accepted for git compatibility: converge does not warn about conflicts.")
    var quiet = false

    @Option(name: .customShort("L"), parsing: .unconditionalSingleValue, help: ArgumentHelp(
        "A label instead of a file name: up to three, for CURRENT, BASE and OTHER in that order.",
        valueName: "label"))
    var labels: [String] = []

    @Flag(exclusivity: .chooseLast,
          help: "Show the base in conflicts (--diff3); also move lines both sides share out (--zdiff3).")
    var style: StyleFlag?

    @Flag(exclusivity: .chooseLast,
          help: "Resolve conflicts with CURRENT's lines (--ours), OTHER's (--theirs) or both (--union).")
    var favor: FavorFlag?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("The length of the conflict markers (0 or less: 7).", valueName: "n"))
    var markerSize = MergeOptions.defaultMarkerSize

    @Flag(help: "Find the smallest possible diffs, however long it takes.")
    var minimal = false

    @Argument(help: "Our version: the result is written here.") var current: String
    @Argument(help: "The common ancestor.") var base: String
    @Argument(help: "Their version.") var other: String

    func run() throws {
        try MergeFileRequest(current: current, base: base, other: other, toStandardOutput: toStandardOutput,
                             labels: labels, style: style?.conflictStyle ?? .merge, favor: favor?.conflictFavor,
                             markerSize: markerSize, minimal: minimal).run()
    }
}

/// `--diff3` or `--zdiff3`; neither is git's default `merge` style.
enum StyleFlag: String, EnumerableFlag {
    case diff3, zdiff3

    var conflictStyle: ConflictStyle { self == .diff3 ? .diff3 : .zdiff3 }
}

/// `--ours`, `--theirs` or `--union`, in git's words.
enum FavorFlag: String, EnumerableFlag {
    case ours, theirs, union

    var conflictFavor: ConflictFavor {
        switch self {
        case .ours: return .target
        case .theirs: return .source
        case .union: return .union
        }
    }
}
