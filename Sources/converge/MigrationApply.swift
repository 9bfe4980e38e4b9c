import Migration

/// The part of `converge apply` that both the command and the interface's Apply screen
/// run: the outcome of a plan and a session, its operations, and the apply itself
/// (backup, journal, atomic writes) with the record the verify after it reads.
struct MigrationApply {
    let plan: Plan
    let session: Session
    let options: OutcomeOptions
    let folder: ConvergeFolder<PosixFileSystem>

    /// What the plan and session write.
    var outcome: Outcome { Outcome(plan: plan, session: session, options: options) }

    /// Every operation of `outcome`, every byte computed and every read checked against the scan.
    func operations(_ outcome: Outcome) throws(CommandFailure) -> ApplyOperations {
        do {
            return try ApplyOperations.make(plan: plan, outcome: outcome, root: folder.root, fileSystem: PosixFileSystem())
        } catch {
            throw CommandFailure(error.message, exitCode: error.exitCode)
        }
    }

    /// Backs up, then carries out `operations`, calling `progress` after each (done,
    /// total); returns the record of the apply, with its backup's id.
    func run(_ operations: ApplyOperations, outcome: Outcome,
             progress: @escaping (Int, Int) -> Void) throws(CommandFailure) -> (ApplyRun<PosixFileSystem>, AppliedRecord) {
        let run = ApplyRun(folder: folder, progress: progress)
        let sourcePath = ProjectState.relative(plan.workspace.source, folder.root)
        let targetPath = ProjectState.relative(plan.workspace.target, folder.root)
        var record = AppliedRecord.make(plan: plan, outcome: outcome, session: session, options: options, operations: operations,
                                        backup: "", source: sourcePath, target: targetPath)
        do {
            record.backup = try run.apply(operations, source: sourcePath, target: targetPath, record: record)
        } catch {
            throw CommandFailure(error.message, exitCode: error.exitCode)
        }
        return (run, record)
    }
}
