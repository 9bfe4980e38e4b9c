extension ApplyRun {
    /// Moves SOURCE into the backup of an apply (`source/` beside the manifest): the
    /// clean-up step (DESIGN step 8), to run only after a passing verify. SOURCE is
    /// never deleted; a rollback moves it back.
    /// - Throws: `ApplyError` when an apply is unfinished, SOURCE is missing, or the move fails.
    public func moveSourceIntoBackup(_ backupID: String) throws(ApplyError) {
        let lock = try ApplyLock.take(folder)
        defer { lock.release() }
        try ApplyJournal.refuseUnfinished(folder)
        let backup = try Backup(id: backupID, folder: folder)
        let manifest = try backup.readManifest()
        let source = folder.absolute(manifest.source)
        guard folder.fileSystem.status(source)?.kind == .folder else {
            throw ApplyError("\(manifest.source): no such folder; SOURCE was moved already or never existed")
        }
        do {
            try folder.fileSystem.rename(source, to: backup.movedSource)
        } catch {
            throw ApplyError("\(error.description); SOURCE stays where it is")
        }
    }
}

extension Backup {
    /// Where `moveSourceIntoBackup` keeps SOURCE.
    var movedSource: String { path + "/source" }
}
