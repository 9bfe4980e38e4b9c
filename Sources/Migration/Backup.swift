/// One backup under `.converge/backups/<id>/`: `manifest.json`, a copy of every file
/// the apply changes or removes in `files/<path>`, and the apply's operations
/// (`operations.json`, their new bytes one after another in `new.pack`). The manifest
/// is written last, so a backup without one is incomplete and is never used.
public struct Backup<FileSystem: MigrationFileSystem> {
    public let id: String
    let folder: ConvergeFolder<FileSystem>

    public init(id: String, folder: ConvergeFolder<FileSystem>) throws(ApplyError) {
        guard RootPath.isSafe(id), !id.contains("/") else { throw ApplyError("\(id): not a backup name") }
        self.id = id
        self.folder = folder
    }

    var path: String { folder.backup(id) }
    var fileSystem: FileSystem { folder.fileSystem }
    var manifestPath: String { path + "/manifest.json" }
    func copy(of relative: String) -> String { "\(path)/files/\(relative)" }
    /// The new bytes of write N, in backups made before `new.pack`.
    func newBytes(_ index: Int) -> String { "\(path)/new/\(index)" }
    var packPath: String { path + "/new.pack" }

    /// Writes the backup of `operations` and reads it back, checking every hash.
    func write(_ operations: ApplyOperations, source: String, target: String) throws(ApplyError) -> BackupManifest {
        try attempt { () throws(FileSystemFailure) in try fileSystem.makeFolder(path) }
        var entries: [BackupManifest.Entry] = []
        for relative in operations.changed { entries.append(try save(relative, expected: operations.changedHashes[relative])) }
        try attempt { () throws(FileSystemFailure) in
            // One file for every write's new bytes: creating a file costs far more than
            // writing a few kilobytes (half an apply's time with one file per write).
            var pack: [UInt8] = []
            for operation in operations.operations {
                if case .write(let bytes, _) = operation.action { pack += bytes }
            }
            try fileSystem.writeAtomically(packPath, pack, mode: 0o600, durable: false)
            // One wait for every copy and new file, before the manifest says the backup is whole.
            try fileSystem.flush(path)
            try fileSystem.writeAtomically(path + "/operations.json", StagedOperations(operations.operations).encoded(), mode: 0o644)
            let manifest = BackupManifest(version: BackupManifest.version, id: id, source: source, target: target, files: entries,
                                          createdFiles: operations.createdFiles, createdFolders: operations.createdFolders)
            try fileSystem.writeAtomically(manifestPath, manifest.encoded(), mode: 0o644)
        }
        let manifest = try readManifest()
        for entry in manifest.files { _ = try savedBytes(entry) }
        _ = try self.operations()
        return manifest
    }

    /// Copies one file that the apply changes into `files/`, refusing it when it is no
    /// longer what the operations were computed from.
    private func save(_ relative: String, expected: ContentHash?) throws(ApplyError) -> BackupManifest.Entry {
        let bytes = try attempt { () throws(FileSystemFailure) in try fileSystem.read(folder.absolute(relative)) }
        if let expected, ContentHash(of: bytes) != expected {
            throw ApplyError("\(relative): changed since the scan; scan again, nothing written")
        }
        let mode = fileSystem.status(folder.absolute(relative))?.mode ?? 0o644
        try attempt { () throws(FileSystemFailure) in
            try makeParents(copy(of: relative))
            try fileSystem.writeAtomically(copy(of: relative), bytes, mode: 0o600, durable: false)
        }
        return BackupManifest.Entry(path: relative, size: bytes.count, mode: mode, sha256: ContentHash(of: bytes).description)
    }

    /// Runs a step of writing the backup; a failure says the backup is incomplete.
    private func attempt<T>(_ step: () throws(FileSystemFailure) -> T) throws(ApplyError) -> T {
        do {
            return try step()
        } catch {
            throw ApplyError("\(error.description); the backup is incomplete and nothing else was written")
        }
    }

    private func makeParents(_ file: String) throws(FileSystemFailure) {
        var missing: [String] = []
        var parent = DiskPath.parent(of: file)
        while parent.count > path.count, fileSystem.status(parent) == nil {
            missing.append(parent)
            parent = DiskPath.parent(of: parent)
        }
        for folder in missing.reversed() { try fileSystem.makeFolder(folder) }
    }

    public func readManifest() throws(ApplyError) -> BackupManifest {
        guard fileSystem.status(manifestPath) != nil else {
            throw ApplyError("\(id): no such backup (converge rollback --list shows them)")
        }
        return try BackupManifest.decoded(try read(manifestPath), name: manifestPath)
    }

    private func read(_ file: String) throws(ApplyError) -> [UInt8] {
        do {
            return try fileSystem.read(file)
        } catch {
            throw ApplyError("\(error.description); the backup \(id) is damaged")
        }
    }

    /// The saved bytes of a changed file, checked against the manifest.
    func savedBytes(_ entry: BackupManifest.Entry) throws(ApplyError) -> [UInt8] {
        let bytes = try read(copy(of: entry.path))
        guard ContentHash(of: bytes).description == entry.sha256 else {
            throw ApplyError("\(copy(of: entry.path)): does not match the manifest's SHA-256; the backup \(id) is damaged")
        }
        return bytes
    }

    /// The apply's operations with their new bytes, each checked against its hash.
    func operations() throws(ApplyError) -> [ApplyOperation] {
        let name = path + "/operations.json"
        let staged = try StagedOperations.decoded(try read(name), name: name)
        let pack = fileSystem.status(packPath) != nil ? try read(packPath) : nil
        var offset = 0
        var result: [ApplyOperation] = []
        for (index, operation) in staged.operations.enumerated() {
            let action: ApplyOperation.Action
            switch operation.action {
            case "mkdir": action = .makeFolder
            case "remove": action = .remove
            default:
                let bytes: [UInt8], place: String
                if let pack {
                    guard let size = operation.size, size >= 0, offset + size <= pack.count else {
                        throw ApplyError("\(packPath): shorter than \(name) says; the backup \(id) is damaged")
                    }
                    (bytes, place) = (Array(pack[offset..<offset + size]), "\(packPath) (\(operation.path))")
                    offset += size
                } else {
                    (bytes, place) = (try read(newBytes(index)), newBytes(index))
                }
                guard ContentHash(of: bytes).description == operation.sha256 else {
                    throw ApplyError("\(place): does not match its SHA-256; the backup \(id) is damaged")
                }
                action = .write(bytes: bytes, mode: operation.mode ?? 0o644)
            }
            result.append(ApplyOperation(path: operation.path, action: action, reason: operation.reason, origin: operation.origin))
        }
        return result
    }
}
