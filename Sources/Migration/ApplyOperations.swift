import DiffCore

/// Everything an apply will do, in order, with every byte it will write already
/// computed: each file it reads is read here, and checked against the scan's hash (or,
/// for a file outside both trees, against the text its proposals replace), so input
/// that changed since the scan stops the apply before anything is written.
///
/// Order: folders first (parents before children), then writes by path, then removals,
/// so a crash never leaves a moved file at neither place.
public struct ApplyOperations: Sendable {
    public let operations: [ApplyOperation]
    /// Existing files the apply changes or removes: what the backup copies.
    public let changed: [String]
    /// The hash of each changed file as the operations were computed from it: the
    /// backup refuses a file that changed since.
    public let changedHashes: [String: ContentHash]
    /// Files and folders the apply creates: what a rollback removes.
    public let createdFiles: [String]
    public let createdFolders: [String]

    /// The operations of `outcome` under `root` (the project root, holding both trees).
    /// - Throws: `ApplyError` for undecided conflicts (exit 1), a tree outside the root,
    ///   a layout rule that would overwrite something, a symbolic link to copy, a file
    ///   that changed since the scan or cannot be read, or a folder that cannot be written.
    public static func make(plan: Plan, outcome: Outcome, root: String,
                            fileSystem: some MigrationFileSystem) throws(ApplyError) -> ApplyOperations {
        var maker = try ApplyOperationsMaker(plan: plan, root: root, fileSystem: fileSystem)
        guard outcome.undecided.isEmpty else {
            let list = outcome.undecided.map { "\(maker.targetPrefix)/\($0)" }.joined(separator: "\n  ")
            throw ApplyError("\(outcome.undecided.count) undecided, give --resolve or decide them in the session; nothing written:\n  \(list)",
                             exitCode: 1)
        }
        if let conflict = plan.layout.conflicts.first {
            throw ApplyError("layout: \(conflict); nothing written")
        }
        try maker.add(outcome)
        return try maker.finish()
    }

    init(operations: [ApplyOperation], changed: [String: ContentHash], createdFiles: [String], createdFolders: [String]) {
        self.operations = operations
        self.changed = changed.keys.sorted()
        changedHashes = changed
        self.createdFiles = createdFiles
        self.createdFolders = createdFolders
    }
}
