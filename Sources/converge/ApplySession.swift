import Migration

/// The session an apply uses: the file given with `--session`, else the project's
/// `.converge/session.json`; no file means no decisions (everything gets the defaults).
enum ApplySession {
    static func load(plan: Plan, root: String, file: String?) throws(CommandFailure) -> Session {
        do {
            return try sessionFile(plan: plan, root: root, file: file).load() ?? Session()
        } catch {
            throw CommandFailure(error.description)
        }
    }

    /// Where the session of `plan` is read and written: `file`, else `.converge/session.json` under `root`.
    static func sessionFile(plan: Plan, root: String, file: String?) -> SessionFile {
        let migration = SessionMigration(source: ProjectState.relative(plan.workspace.source, root),
                                         target: ProjectState.relative(plan.workspace.target, root))
        return file.map { SessionFile(path: $0, migration: migration) } ?? SessionFile(projectRoot: root, migration: migration)
    }
}
