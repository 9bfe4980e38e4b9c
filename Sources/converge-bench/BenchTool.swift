/// One row-producing command: a label for the table, how to call it on an input, and how to
/// read its exit code and output.
struct BenchTool {
    /// How the tool's standard output is read for the report.
    enum OutputFormat {
        /// `diff -u` / `git diff` style: edits counted by walking the hunks.
        case unified
        /// GNU diff's normal format: edits are the `<` and `>` lines.
        case normal
        /// A merged file: conflicts counted by `<<<<<<<` lines.
        case merge
    }

    let label: String
    /// Absolute path, or nil when the tool was not found (the row is reported as not run).
    let executable: String?
    let format: OutputFormat
    let isConverge: Bool
    /// Arguments for an input's files (in `Scenario.fileRoles` order).
    let arguments: ([String]) -> [String]
    /// Exit codes that mean "worked" (for diffs 0/1; for merges the conflict count).
    let acceptedExitCodes: ClosedRange<Int32>
}

extension BenchTool {
    /// The two-way rows, in table order: converge first, then GNU diff, then git.
    static func twoWay(converge: String?, diff: String?, git: String?, gitHome: String) -> [BenchTool] {
        let gitPrefix = ["-C", gitHome, "-c", "core.quotepath=off", "diff", "--no-index"]
        return [
            BenchTool(label: "converge diff", executable: converge, format: .unified, isConverge: true,
                      arguments: { ["diff"] + $0 }, acceptedExitCodes: 0...1),
            BenchTool(label: "converge diff --minimal", executable: converge, format: .unified, isConverge: true,
                      arguments: { ["diff", "--minimal"] + $0 }, acceptedExitCodes: 0...1),
            BenchTool(label: "diff", executable: diff, format: .normal, isConverge: false,
                      arguments: { $0 }, acceptedExitCodes: 0...1),
            BenchTool(label: "diff --minimal", executable: diff, format: .normal, isConverge: false,
                      arguments: { ["--minimal"] + $0 }, acceptedExitCodes: 0...1),
            BenchTool(label: "git diff", executable: git, format: .unified, isConverge: false,
                      arguments: { gitPrefix + $0 }, acceptedExitCodes: 0...1),
            BenchTool(label: "git diff --minimal", executable: git, format: .unified, isConverge: false,
                      arguments: { gitPrefix + ["--minimal"] + $0 }, acceptedExitCodes: 0...1),
        ]
    }

    /// The three-way rows. Files arrive as base, ours, theirs; every tool takes ours, base, theirs.
    static func threeWay(converge: String?, git: String?, diff3: String?, gitHome: String) -> [BenchTool] {
        let order: ([String]) -> [String] = { [$0[1], $0[0], $0[2]] }
        return [
            BenchTool(label: "converge merge-file -p", executable: converge, format: .merge, isConverge: true,
                      arguments: { ["merge-file", "-p"] + order($0) }, acceptedExitCodes: 0...127),
            BenchTool(label: "git merge-file -p", executable: git, format: .merge, isConverge: false,
                      arguments: { ["-C", gitHome, "merge-file", "-p"] + order($0) }, acceptedExitCodes: 0...127),
            BenchTool(label: "diff3 -m", executable: diff3, format: .merge, isConverge: false,
                      arguments: { ["-m"] + order($0) }, acceptedExitCodes: 0...1),
        ]
    }
}
