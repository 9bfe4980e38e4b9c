import Migration

/// The session an apply uses: the file given with `--session`, else the project's
/// `.converge/session.json`; no file means no decisions (everything gets the defaults).
enum ApplySession {
    /// The saved decisions carried over to `plan` (`Session.matched`): a rescan after
    /// edits keeps every decision whose hunk, proposal or file is still there, and the
    /// ones that match nothing are returned so the caller can say so, never dropped in
    /// silence.
    static func load(plan: Plan, root: String, file: String?) throws(CommandFailure) -> (Session, unmatched: [UnmatchedDecision]) {
        let saved: Session
        do {
            saved = try sessionFile(plan: plan, root: root, file: file).load() ?? Session()
        } catch {
            throw CommandFailure(error.description)
        }
        return saved.matched(hunks: plan.hunkKeys, proposals: plan.proposals.map(\.key), files: plan.scan.files.map(\.path))
    }

    /// Where the session of `plan` is read and written: `file`, else `.converge/session.json` under `root`.
    static func sessionFile(plan: Plan, root: String, file: String?) -> SessionFile {
        let migration = SessionMigration(source: ProjectState.relative(plan.workspace.source, root),
                                         target: ProjectState.relative(plan.workspace.target, root))
        return file.map { SessionFile(path: $0, migration: migration) } ?? SessionFile(projectRoot: root, migration: migration)
    }
}
