/// Puts a project back as a backup recorded it: every saved file with its bytes and
/// mode (checked against the manifest's SHA-256 after the write), every file the apply
/// created removed, every folder it created removed when empty. Whole, or only the
/// paths given. Each step is idempotent, so a rollback after a crash (of the apply
/// or of the rollback) is simply run again.
///
/// A file the user changed after the apply is not lost: before it is replaced or
/// removed it is kept in the backup's `set-aside/` folder, and the report lists it.
public struct Rollback<FileSystem: MigrationFileSystem> {
    public struct Report: Hashable, Sendable {
        public var backupID: String
        public var restored: [String] = []
        public var removed: [String] = []
        public var removedFolders: [String] = []
        /// Files changed after the apply, kept in the backup's `set-aside/` folder.
        public var setAside: [String] = []
        /// Whether SOURCE came back from the backup (after `--remove-source`).
        public var sourceBack = false
    }

    public let folder: ConvergeFolder<FileSystem>

    public init(folder: ConvergeFolder<FileSystem>) {
        self.folder = folder
    }

    /// Rolls back the backup `backupID` (default: the interrupted apply's, else the
    /// latest), restricted to `paths` (root-relative; a folder means everything under
    /// it) when there are any.
    public func run(backupID: String? = nil, paths: [String] = []) throws(ApplyError) -> Report {
        for path in paths { try RootPath.check(path, in: "converge rollback") }
        if let backupID { _ = try Backup(id: backupID, folder: folder) }
        guard folder.fileSystem.status(folder.backups)?.kind == .folder else {
            throw ApplyError("\(folder.backups): no backup to roll back")
        }
        let lock = try ApplyLock.take(folder)
        defer { lock.release() }
        let journal = try ApplyJournal.read(folder)
        let backup = try Backup(id: try chosenID(backupID, journal), folder: folder)
        let manifest = try backup.readManifest()
        let written = writtenHashes(backup)
        func wanted(_ path: String) -> Bool {
            paths.isEmpty || paths.contains { path == $0 || path.hasPrefix($0 + "/") }
        }
        var report = Report(backupID: backup.id)
        if wanted(manifest.source) { try bringSourceBack(manifest, from: backup, report: &report) }
        folder.removeTemporaries(near: (manifest.files.map(\.path) + manifest.createdFiles).filter(wanted))
        for entry in manifest.files where wanted(entry.path) {
            if try restore(entry, from: backup, written: written, report: &report) { report.restored.append(entry.path) }
        }
        for path in manifest.createdFiles where wanted(path) {
            if try remove(path, from: backup, written: written, report: &report) { report.removed.append(path) }
        }
        for path in manifest.createdFolders.reversed() where wanted(path) {
            let absolute = folder.absolute(path)
            if folder.fileSystem.status(absolute)?.kind == .folder, folder.fileSystem.removeEmptyFolder(absolute) {
                report.removedFolders.append(path)
            }
        }
        do {
            try folder.fileSystem.flush(folder.root)
        } catch {
            throw ApplyError("\(error.description); run 'converge rollback' again")
        }
        if paths.isEmpty, journal?.backupID == backup.id {
            var writer = JournalWriter(folder)
            try writer.append("end rolled-back")
        }
        // The tree is as it was before this apply: its record no longer describes it.
        if paths.isEmpty, (try? folder.readApplied())??.backup == backup.id { folder.removeApplied() }
        return report
    }

    /// Moves SOURCE back to its place when the clean-up step put it into the backup.
    private func bringSourceBack(_ manifest: BackupManifest, from backup: Backup<FileSystem>,
                                 report: inout Report) throws(ApplyError) {
        guard folder.fileSystem.status(backup.movedSource)?.kind == .folder else { return }
        let source = folder.absolute(manifest.source)
        guard folder.fileSystem.status(source) == nil else {
            throw ApplyError("\(manifest.source): exists again; SOURCE is kept in \(backup.movedSource), move it by hand")
        }
        do {
            try folder.fileSystem.rename(backup.movedSource, to: source)
        } catch {
            throw ApplyError("\(error.description); the rollback stopped: run 'converge rollback' again")
        }
        report.sourceBack = true
    }

    private func chosenID(_ asked: String?, _ journal: ApplyJournal?) throws(ApplyError) -> String {
        if let journal, !journal.isFinished {
            if let asked, asked != journal.backupID {
                throw ApplyError("\(folder.journal): an apply was interrupted (backup \(journal.backupID)); roll that one back first")
            }
            return journal.backupID
        }
        if let asked { return asked }
        guard let latest = folder.backupIDs().last else { throw ApplyError("\(folder.backups): no backup to roll back") }
        return latest
    }

    /// What the apply wrote at each path, to tell its bytes from a user's later edit;
    /// empty when the backup's operations cannot be read (then every file is set aside).
    private func writtenHashes(_ backup: Backup<FileSystem>) -> [String: ContentHash] {
        guard let operations = try? backup.operations() else { return [:] }
        var hashes: [String: ContentHash] = [:]
        for operation in operations {
            if case .write(let bytes, _) = operation.action { hashes[operation.path] = ContentHash(of: bytes) }
        }
        return hashes
    }

    /// Writes the saved bytes back unless the file already holds them; returns whether it wrote.
    private func restore(_ entry: BackupManifest.Entry, from backup: Backup<FileSystem>, written: [String: ContentHash],
                         report: inout Report) throws(ApplyError) -> Bool {
        let saved = try backup.savedBytes(entry)
        let path = folder.absolute(entry.path)
        let fileSystem = folder.fileSystem
        if let found = fileSystem.status(path), found.kind == .file {
            let current = try? fileSystem.read(path)
            if found.mode == entry.mode, current == saved { return false }
            if let current, current != saved, ContentHash(of: current) != written[entry.path] {
                try setAside(entry.path, current, in: backup, report: &report)
            }
        }
        let check: [UInt8]
        do {
            try makeParents(of: entry.path)
            try fileSystem.writeAtomically(path, saved, mode: entry.mode, durable: false)
            check = try fileSystem.read(path)
        } catch {
            throw ApplyError("\(error.description); the rollback stopped: run 'converge rollback' again")
        }
        guard ContentHash(of: check).description == entry.sha256 else {
            throw ApplyError("\(entry.path): restored bytes do not match the manifest's SHA-256")
        }
        return true
    }

    /// Removes a file the apply created; returns whether there was one.
    private func remove(_ relative: String, from backup: Backup<FileSystem>, written: [String: ContentHash],
                        report: inout Report) throws(ApplyError) -> Bool {
        let path = folder.absolute(relative)
        guard let found = folder.fileSystem.status(path) else { return false }
        if found.kind == .file, let current = try? folder.fileSystem.read(path), ContentHash(of: current) != written[relative] {
            try setAside(relative, current, in: backup, report: &report)
        }
        do {
            try folder.fileSystem.removeFile(path)
        } catch {
            throw ApplyError("\(error.description); the rollback stopped: run 'converge rollback' again")
        }
        return true
    }

    private func setAside(_ relative: String, _ bytes: [UInt8], in backup: Backup<FileSystem>,
                          report: inout Report) throws(ApplyError) {
        let place = "\(backup.path)/set-aside/\(relative)"
        do {
            var missing: [String] = []
            var parent = DiskPath.parent(of: place)
            while parent.count > backup.path.count, folder.fileSystem.status(parent) == nil {
                missing.append(parent)
                parent = DiskPath.parent(of: parent)
            }
            for made in missing.reversed() { try folder.fileSystem.makeFolder(made) }
            try folder.fileSystem.writeAtomically(place, bytes, mode: 0o600)
        } catch {
            throw ApplyError("\(error.description); the rollback stopped before touching \(relative)")
        }
        report.setAside.append(relative)
    }

    private func makeParents(of relative: String) throws(FileSystemFailure) {
        var missing: [String] = []
        var parent = RootPath.parent(of: relative)
        while !parent.isEmpty, folder.fileSystem.status(folder.absolute(parent)) == nil {
            missing.append(parent)
            parent = RootPath.parent(of: parent)
        }
        for made in missing.reversed() { try folder.fileSystem.makeFolder(folder.absolute(made)) }
    }
}
