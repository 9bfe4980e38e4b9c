import MergeUI
import Migration

/// Carries out what the interface asks of the disk for a migration: saves the session,
/// runs the editor on a hunk, applies (as `converge apply` does, with progress), runs
/// the static verify, rolls back. Every failure comes back as `.failed` with one line.
struct InterfaceEffects: EffectPerformer {
    let sessionFile: SessionFile
    let folder: ConvergeFolder<PosixFileSystem>

    mutating func perform(_ effect: Effect, state: AppState, terminal: TerminalDevice,
                          report: (EffectResult) -> Void) -> EffectResult? {
        switch effect {
        case .saveSession:
            do {
                try sessionFile.save(state.session)
                return .saved
            } catch {
                return .saveFailed(error.description)
            }
        case .editHunk(let edit):
            return .edited(edit.key, HunkEditor.edit(edit, on: terminal))
        case .apply:
            return withoutActuallyEscaping(report) { report in outcome { () throws(CommandFailure) in try apply(state, report: report) } }
        case .verify:
            return outcome { () throws(CommandFailure) in
                let record = try AppliedVerify.record(root: folder.root)
                return .verified(try AppliedVerify.run(root: folder.root, record: record, options: AppliedVerify.options(record)).1)
            }
        case .rollback:
            do {
                return .rolledBack(try Rollback(folder: folder).run().restored)
            } catch {
                return .failed(error.message)
            }
        case .quit:
            return nil
        }
    }

    /// What `converge apply` does without `--resolve`: refuses while anything is undecided
    /// or an accepted rewrite cannot be placed, then backs up, writes (reporting
    /// progress), reports what it did, and runs the static verify on the result.
    private func apply(_ state: AppState, report: @escaping (EffectResult) -> Void) throws(CommandFailure) -> EffectResult {
        try ProjectState.refuseUnfinished(folder)
        // The state's options are converge.toml's kinds, what the Imports and Apply screens showed.
        let migration = MigrationApply(plan: state.plan, session: state.session, options: state.outcomeOptions, folder: folder)
        let outcome = migration.outcome
        if let first = outcome.undecided.first {
            throw CommandFailure("\(outcome.undecided.count) decisions missing (first: \(first)); nothing written")
        }
        if let first = outcome.unplacedRewrites.first {
            throw CommandFailure("\(outcome.unplacedRewrites.count) accepted rewrites cannot be placed (first: \(first.path):\(first.line)); "
                                 + "reject them or change the merge; nothing written")
        }
        let operations = try migration.operations(outcome)
        let (_, record) = try migration.run(operations, outcome: outcome) { done, total in
            report(.applyProgress(done: done, total: total))
        }
        report(.applied(Self.summary(operations, backup: record.backup)))
        let (_, verification) = try AppliedVerify.run(root: folder.root, record: record, options: AppliedVerify.options(record))
        return .verified(verification)
    }

    /// What an apply did, counted by kind of operation.
    static func summary(_ operations: ApplyOperations, backup: String) -> ApplySummary {
        var summary = ApplySummary(backupID: backup, written: 0, copied: 0, removed: 0)
        for operation in operations.operations {
            switch operation.reason {
            case .mergeWrite, .rewrite, .newInit: summary.written += 1
            case .copy, .move: summary.copied += 1
            case .remove: summary.removed += 1
            case .mkdir: break
            }
        }
        return summary
    }

    /// The result of `body`, or its failure as one line.
    private func outcome(_ body: () throws(CommandFailure) -> EffectResult) -> EffectResult {
        do {
            return try body()
        } catch {
            return .failed(error.message)
        }
    }
}
