extension Backup {
    /// `applied.json` in the backup: the record of its apply, kept from before the first
    /// operation so that `resume` can publish it too.
    var recordPath: String { path + "/applied.json" }

    /// Keeps `record` in the backup, durably.
    func keep(_ record: AppliedRecord) throws(ApplyError) {
        do {
            try fileSystem.writeAtomically(recordPath, record.encoded(), mode: 0o644)
        } catch {
            throw ApplyError(error)
        }
    }

    /// Makes the backup's record `.converge/applied.json` once every operation is done;
    /// an apply made without one leaves any older record alone.
    func publishRecord() throws(ApplyError) {
        guard fileSystem.status(recordPath) != nil else { return }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(recordPath)
        } catch {
            throw ApplyError(error)
        }
        try folder.writeApplied(try AppliedRecord.decoded(bytes, name: recordPath))
    }
}
