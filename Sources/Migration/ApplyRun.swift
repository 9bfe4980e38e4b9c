/// Carries out an apply's operations on disk, losing nothing: under the lock, after a
/// backup that was read back and checked, each operation atomic (temporary file,
/// rename) and journaled before and after, so a crash at any point can be finished
/// (`resume`) or undone (`Rollback`). Files are made durable a batch at a time: one
/// wait per batch instead of two per file.
public struct ApplyRun<FileSystem: MigrationFileSystem> {
    public let folder: ConvergeFolder<FileSystem>
    /// Called after each operation with (done, total): the command's progress bar.
    public var progress: (Int, Int) -> Void

    public init(folder: ConvergeFolder<FileSystem>, progress: @escaping (Int, Int) -> Void = { _, _ in }) {
        self.folder = folder
        self.progress = progress
    }

    /// Backs up, then applies `operations`; returns the backup's id.
    /// - Throws: `ApplyError` when the lock is held, an apply is unfinished, the backup
    ///   cannot be written, or an operation fails (then the journal says what is done).
    /// With a `record`, it is kept in the backup (with the backup's id) before the first
    /// operation and becomes `.converge/applied.json` when the last is done, so an apply
    /// finished by `resume` leaves the same record as one never interrupted.
    @discardableResult
    public func apply(_ operations: ApplyOperations, source: String, target: String,
                      record: AppliedRecord? = nil) throws(ApplyError) -> String {
        let lock = try ApplyLock.take(folder)
        defer { lock.release() }
        try ApplyJournal.refuseUnfinished(folder)
        let backup = try Backup(id: folder.newBackupID(), folder: folder)
        _ = try backup.write(operations, source: source, target: target)
        if var record {
            record.backup = backup.id
            try backup.keep(record)
        }
        var journal = JournalWriter(folder)
        try journal.begin(backup.id, count: operations.operations.count)
        try run(operations.operations, done: [], journal: &journal, backup: backup)
        return backup.id
    }

    /// Finishes the interrupted apply the journal names; returns its backup's id.
    @discardableResult
    public func resume() throws(ApplyError) -> String {
        guard folder.fileSystem.status(folder.journal) != nil else {
            throw ApplyError("\(folder.journal): no interrupted apply to resume")
        }
        let lock = try ApplyLock.take(folder)
        defer { lock.release() }
        guard let state = try ApplyJournal.read(folder), !state.isFinished else {
            throw ApplyError("\(folder.journal): no interrupted apply to resume")
        }
        let backup = try Backup(id: state.backupID, folder: folder)
        _ = try backup.readManifest()
        let operations = try backup.operations()
        guard operations.count == state.operationCount else {
            throw ApplyError("\(folder.journal): names \(state.operationCount) operations, the backup \(backup.id) has \(operations.count)")
        }
        folder.removeTemporaries(near: operations.map(\.path))
        var journal = JournalWriter(folder)
        try run(operations, done: state.done, journal: &journal, backup: backup)
        return backup.id
    }

    /// Operations per batch: a batch's files are made durable with one wait, then its
    /// `done` lines are written (see `ApplyJournal`).
    static var batchSize: Int { 256 }

    /// Carries out what is not `done`; the backup's record is published before the
    /// journal's end line, so a finished journal always has its record beside it.
    private func run(_ operations: [ApplyOperation], done: Set<Int>, journal: inout JournalWriter<FileSystem>,
                     backup: Backup<FileSystem>) throws(ApplyError) {
        let pending = operations.indices.filter { !done.contains($0) }
        var finished = done.count
        for start in stride(from: 0, to: pending.count, by: Self.batchSize) {
            let batch = pending[start..<min(start + Self.batchSize, pending.count)]
            var current = batch.first ?? 0
            do {
                for index in batch {
                    current = index
                    try journal.append("start \(index)", durable: false)
                    try perform(operations[index])
                    finished += 1
                    progress(finished, operations.count)
                }
                try flush()
                for index in batch { try journal.append("done \(index)", durable: index == batch.last) }
            } catch {
                throw ApplyError("\(error.description); the apply stopped at operation \(current + 1) of \(operations.count): "
                                 + "run 'converge apply --resume' to finish it or 'converge rollback' to undo it")
            }
        }
        try backup.publishRecord()
        try journal.append("end applied")
    }

    private func flush() throws(ApplyError) {
        do {
            try folder.fileSystem.flush(folder.root)
        } catch {
            throw ApplyError(error)
        }
    }

    private func perform(_ operation: ApplyOperation) throws(ApplyError) {
        let path = folder.absolute(operation.path)
        do {
            switch operation.action {
            case .makeFolder: try folder.fileSystem.makeFolder(path)
            case .write(let bytes, let mode): try folder.fileSystem.writeAtomically(path, bytes, mode: mode, durable: false)
            case .remove: try folder.fileSystem.removeFile(path)
            }
        } catch {
            throw ApplyError(error)
        }
    }
}
