import Migration

/// The session an apply uses: the file given with `--session`, else the project's
/// `.converge/session.json`; no file means no decisions (everything gets the defaults).
enum ApplySession {
    static func load(plan: Plan, root: String, file: String?) throws(CommandFailure) -> Session {
        let migration = SessionMigration(source: ProjectState.relative(plan.workspace.source, root),
                                         target: ProjectState.relative(plan.workspace.target, root))
        let sessionFile = file.map { SessionFile(path: $0, migration: migration) } ?? SessionFile(projectRoot: root, migration: migration)
        do {
            return try sessionFile.load() ?? Session()
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
