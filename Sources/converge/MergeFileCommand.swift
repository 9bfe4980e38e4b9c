import ArgumentParser

/// `converge merge-file`: placeholder until the three-way merge lands.
struct MergeFileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "merge-file")
    func run() throws { throw CommandFailure("merge-file is not ready", exitCode: 255) }
}
