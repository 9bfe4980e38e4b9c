/// Builds `ApplyOperations` from an outcome: reads each file the apply takes bytes
/// from, checks it against the scan, applies the accepted rewrites, and adds the
/// folders the writes need.
struct ApplyOperationsMaker<FileSystem: MigrationFileSystem> {
    let plan: Plan
    let root: String
    let fileSystem: FileSystem
    /// SOURCE and TARGET relative to the root.
    let sourcePrefix: String
    let targetPrefix: String
    private let scanned: [String: ScannedFile]
    private var writes: [ApplyOperation] = []
    private var removals: [ApplyOperation] = []

    init(plan: Plan, root: String, fileSystem: FileSystem) throws(ApplyError) {
        guard let top = DiskPath.real(root) else { throw ApplyError("\(root): no such folder (--root)") }
        func prefix(_ tree: String, _ name: String) throws(ApplyError) -> String {
            guard let real = DiskPath.real(tree), let relative = RootPath.relative(real, under: top), !relative.isEmpty else {
                throw ApplyError("\(tree): \(name) is not inside the project root \(root); give --root")
            }
            return relative
        }
        self.plan = plan
        self.root = top
        self.fileSystem = fileSystem
        sourcePrefix = try prefix(plan.workspace.source, "SOURCE")
        targetPrefix = try prefix(plan.workspace.target, "TARGET")
        scanned = Dictionary(plan.scan.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    mutating func add(_ outcome: Outcome) throws(ApplyError) {
        for file in outcome.files { try add(file) }
        for path in outcome.rewrites.keys.sorted() { try rewriteOutside(path, outcome.rewrites[path]!) }
        let written = Set(writes.map(\.path))
        // A file the layout rules put elsewhere leaves its old place, whatever its content.
        let movedAway = outcome.files.filter { $0.path != $0.origin && scanned[$0.origin]?.target != nil }.map(\.origin)
        for origin in Set(outcome.removals + movedAway).sorted() where !written.contains(target(origin)) {
            let path = target(origin)
            _ = try read(path, expected: scanned[origin]?.target)
            removals.append(ApplyOperation(path: path, action: .remove, reason: .remove))
        }
    }

    private mutating func add(_ file: Outcome.File) throws(ApplyError) {
        let path = target(file.path)
        let scan = scanned[file.origin]
        switch file.content {
        case .keep:
            guard file.path != file.origin else { return }
            let bytes = try read(target(file.origin), expected: scan?.target)
            try write(path, bytes, mode: scan?.target?.mode ?? 0o644, .move, origin: target(file.origin))
        case .copy(let from, let rewrites):
            let origin = "\(sourcePrefix)/\(from)"
            let bytes = try edited(try read(origin, expected: scanned[from]?.source), rewrites, origin)
            try write(path, bytes, mode: scanned[from]?.source?.mode ?? 0o644, .copy, origin: origin)
        case .rewrite(let rewrites):
            let origin = target(file.origin)
            let bytes = try edited(try read(origin, expected: scan?.target), rewrites, origin)
            try write(path, bytes, mode: scan?.target?.mode ?? 0o644, file.path == file.origin ? .rewrite : .move, origin: origin)
        case .write(let bytes):
            // A merge was computed from both sides as the scan read them.
            if let side = scan?.target { _ = try read(target(file.origin), expected: side) }
            if let side = scan?.source { _ = try read("\(sourcePrefix)/\(file.origin)", expected: side) }
            let isNew = scan == nil && file.path.split(separator: "/").last == "__init__.py"
            let mode = scan?.target?.mode ?? scan?.source?.mode ?? 0o644
            try write(path, bytes, mode: mode, isNew ? .newInit : .mergeWrite)
        }
    }

    /// A file outside both trees: no scan hash, so only its proposals' `before` texts
    /// (checked in `edited`) tell whether it changed since the planner read it.
    private mutating func rewriteOutside(_ path: String, _ rewrites: [Proposal]) throws(ApplyError) {
        try RootPath.check(path, in: "the outcome")
        let bytes = try read(path, expected: nil)
        let mode = fileSystem.status(absolute(path))?.mode ?? 0o644
        try write(path, try edited(bytes, rewrites, path), mode: mode, .rewrite)
    }

    /// `bytes` with `rewrites` written in; each rewrite's `before` text must be where the
    /// planner found it, else the file changed after the plan was read.
    private func edited(_ bytes: [UInt8], _ rewrites: [Proposal], _ path: String) throws(ApplyError) -> [UInt8] {
        guard !rewrites.isEmpty else { return bytes }
        for proposal in rewrites where proposal.range.upperBound > bytes.count
            || Array(bytes[proposal.range]) != Array(proposal.before.utf8) {
            throw ApplyError("\(path): changed since the scan (line \(proposal.line)); scan again, nothing written")
        }
        do {
            return try ProposalApplier.apply(rewrites, to: bytes)
        } catch {
            throw ApplyError("\(path): two rewrites overlap (lines \(error.first.line) and \(error.second.line))")
        }
    }

    /// The file's bytes, checked against the scan's hash of that side when there is one.
    /// A symbolic link is refused: reading through it and writing a file in its place
    /// would lose the link (and a rollback could not give it back).
    private func read(_ path: String, expected: ScannedSide?) throws(ApplyError) -> [UInt8] {
        if expected?.kind == .symlink || fileSystem.status(absolute(path))?.kind == .symlink {
            throw ApplyError("\(path): is a symbolic link; converge apply does not copy or move links, decide it by hand")
        }
        let bytes: [UInt8]
        do {
            bytes = try fileSystem.read(absolute(path))
        } catch {
            throw ApplyError("\(path): cannot read: \(SystemError.text(error.code)); nothing written")
        }
        if let hash = expected?.hash, ContentHash(of: bytes) != hash {
            throw ApplyError("\(path): changed since the scan; scan again, nothing written")
        }
        return bytes
    }

    /// Adds a write, unless the file already holds exactly these bytes and mode.
    private mutating func write(_ path: String, _ bytes: [UInt8], mode: UInt32, _ reason: ApplyOperation.Reason,
                                origin: String? = nil) throws(ApplyError) {
        if let found = fileSystem.status(absolute(path)), found.kind == .file, found.mode == mode, found.size == bytes.count,
           (try? fileSystem.read(absolute(path))) == bytes {
            return
        }
        writes.append(ApplyOperation(path: path, action: .write(bytes: bytes, mode: mode), reason: reason, origin: origin))
    }

    /// The operations in order, with what the backup saves and what a rollback removes.
    func finish() throws(ApplyError) -> ApplyOperations {
        var changed: [String: ContentHash] = [:], created: [String] = []
        for operation in removals { changed[operation.path] = ContentHash(of: try read(operation.path, expected: nil)) }
        for operation in writes {
            if let found = fileSystem.status(absolute(operation.path)) {
                guard found.kind == .file else { throw ApplyError("\(operation.path): is not a file; nothing written") }
                changed[operation.path] = ContentHash(of: try read(operation.path, expected: nil))
            } else {
                created.append(operation.path)
            }
        }
        // Sorted by path, a folder comes before everything in it.
        let newFolders = try missingFolders().sorted()
        try checkWritable(writes.map(\.path) + removals.map(\.path), newFolders: Set(newFolders))
        let operations = newFolders.map { ApplyOperation(path: $0, action: .makeFolder, reason: .mkdir) }
            + writes.sorted { $0.path < $1.path } + removals
        return ApplyOperations(operations: operations, changed: changed, createdFiles: created, createdFolders: newFolders)
    }

    /// The folders the writes need that do not exist yet.
    private func missingFolders() throws(ApplyError) -> Set<String> {
        var folders = Set<String>()
        for operation in writes {
            var parent = RootPath.parent(of: operation.path)
            while !parent.isEmpty, !folders.contains(parent) {
                if let found = fileSystem.status(absolute(parent)) {
                    guard found.kind == .folder else { throw ApplyError("\(parent): is not a folder; nothing written") }
                    break
                }
                folders.insert(parent)
                parent = RootPath.parent(of: parent)
            }
        }
        return folders
    }

    /// Every folder the apply writes in, or makes a folder in, must be writable: checked
    /// before the backup, so a read-only folder stops the apply with nothing changed.
    private func checkWritable(_ paths: [String], newFolders: Set<String>) throws(ApplyError) {
        var checked = Set<String>()
        for path in paths {
            var folder = RootPath.parent(of: path)
            while newFolders.contains(folder) { folder = RootPath.parent(of: folder) }
            guard checked.insert(folder).inserted else { continue }
            if !fileSystem.isWritableFolder(absolute(folder)) {
                throw ApplyError("\(folder.isEmpty ? "." : folder): folder is read-only; nothing written")
            }
        }
    }

    private func target(_ path: String) -> String { "\(targetPrefix)/\(path)" }
    private func absolute(_ path: String) -> String { RootPath.absolute(path, root: root) }
}
