extension ConvergeFolder {
    /// `.converge/applied.json`: what the last finished apply leaves for verify.
    public var appliedRecord: String { path + "/applied.json" }

    /// Writes the record atomically and durably (it names a backup that exists).
    public func writeApplied(_ record: AppliedRecord) throws(ApplyError) {
        do {
            try fileSystem.writeAtomically(appliedRecord, record.encoded(), mode: 0o644)
        } catch {
            throw ApplyError(error)
        }
    }

    /// The record of the last apply; nil when there is none (never applied, or rolled back).
    public func readApplied() throws(ApplyError) -> AppliedRecord? {
        guard fileSystem.status(appliedRecord) != nil else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(appliedRecord)
        } catch {
            throw ApplyError(error)
        }
        return try AppliedRecord.decoded(bytes, name: appliedRecord)
    }

    /// Forgets the record: after a whole rollback there is nothing applied to verify.
    func removeApplied() {
        try? fileSystem.removeFile(appliedRecord)
    }
}
