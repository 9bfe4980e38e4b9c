import Migration

/// What `converge apply` does once its operations are written and `ApplyRun` has left
/// the record verify needs (`.converge/applied.json`): runs the static verify over the
/// result with it, and, with
/// `--remove-source` and only when verify passes, moves SOURCE into the backup (the
/// clean-up step; a rollback brings it back). A failing verify leaves the apply
/// applied: the user fixes what is listed, or undoes it all with `converge rollback`.
struct ApplyFinish {
    let folder: ConvergeFolder<PosixFileSystem>
    let record: AppliedRecord
    let removeSource: Bool

    /// - Throws: `CommandFailure` with exit 1 when verify fails (SOURCE then stays), 2
    ///   when SOURCE cannot be moved.
    func run(_ apply: ApplyRun<PosixFileSystem>, output: inout FileSink) throws(CommandFailure) {
        let (_, report) = try AppliedVerify.run(root: folder.root, record: record, options: AppliedVerify.options(record))
        VerifyOutput.write(report, json: false, to: &output)
        output.flush()
        guard report.passed else {
            let source = removeSource ? "; SOURCE not removed" : ""
            throw CommandFailure("verify failed (listed above); the apply stays applied\(source): fix the files and run "
                                 + "'converge verify', or undo it all with 'converge rollback'", exitCode: 1)
        }
        guard removeSource else { return }
        do {
            try apply.moveSourceIntoBackup(record.backup)
        } catch {
            throw CommandFailure(error.message)
        }
        output.write("moved \(record.source) into the backup \(record.backup) (converge rollback brings it back)\n")
        output.flush()
    }
}
