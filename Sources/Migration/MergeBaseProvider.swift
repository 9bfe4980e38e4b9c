/// Finds the base (common ancestor) of each conflict file for one migration.
///
/// Made once per migration: it checks the choice up front (the base folder exists, the
/// revision is one git knows, SOURCE and TARGET lie in one git work tree) so a bad
/// option fails before any merge starts, with a `MergeBaseError`. After that a file
/// without a base is not an error but a `.missing` lookup with a reason, and that file
/// is merged two-way.
///
/// Ask with `bases(for:)` for all conflict files at once: the git choices then run a
/// constant number of git processes (one `git log` and one `git cat-file --batch`)
/// whatever the number of files.
public struct MergeBaseProvider: Sendable {
    public let choice: MergeBaseChoice
    /// Where SOURCE and TARGET are in git; nil for the choices that need no git.
    let place: Place?

    /// SOURCE and TARGET as git sees them: the work tree, their paths relative to its top.
    struct Place: Sendable {
        let tree: GitWorkTree
        let sourcePath: String
        let targetPath: String
        /// `--base-rev`: the tree the revision names, resolved once so that every file is
        /// read from the same tree.
        let revisionTree: String?

        func inSource(_ relativePath: String) -> String { Self.join(sourcePath, relativePath) }
        func inTarget(_ relativePath: String) -> String { Self.join(targetPath, relativePath) }

        static func join(_ folder: String, _ relativePath: String) -> String {
            folder.isEmpty ? relativePath : folder + "/" + relativePath
        }
    }

    /// Checks `choice` for a migration of the folder `source` into `target` (paths as the
    /// user gave them); throws when the choice cannot give any base.
    public init(choice: MergeBaseChoice, source: String, target: String) throws(MergeBaseError) {
        self.choice = choice
        switch choice {
        case .none:
            self.place = nil
        case .folder(let folder):
            switch DiskPath.kind(of: folder) {
            case .folder: break
            case .file: throw .notAFolder(path: folder, option: choice.option)
            case .nothing: throw .noFolder(path: folder, option: choice.option)
            }
            self.place = nil
        case .revision(let revision):
            self.place = try Self.place(source: source, target: target, revision: revision, option: choice.option)
        case .auto:
            self.place = try Self.place(source: source, target: target, revision: nil, option: choice.option)
        }
    }

    /// The base of the conflict file at `relativePath` (inside both SOURCE and TARGET).
    /// For many files, `bases(for:)` is much cheaper.
    public func base(for relativePath: String) -> MergeBaseLookup {
        bases(for: [relativePath])[0]
    }

    /// The base of every file in `relativePaths`, in the same order.
    public func bases(for relativePaths: [String]) -> [MergeBaseLookup] {
        switch choice {
        case .none: relativePaths.map { _ in .none }
        case .folder(let folder): relativePaths.map { Self.base(in: folder, at: $0) }
        case .revision(let revision):
            place.map { revisionBases(revision, relativePaths, in: $0) } ?? relativePaths.map { _ in .none }
        case .auto:
            place.map { autoBases(relativePaths, in: $0) } ?? relativePaths.map { _ in .none }
        }
    }

    /// Finds the work tree holding `source`, checks `target` is in it, resolves `revision`.
    private static func place(
        source: String, target: String, revision: String?, option: String
    ) throws(MergeBaseError) -> Place {
        for (path, name) in [(source, "SOURCE"), (target, "TARGET")] where DiskPath.kind(of: path) != .folder {
            throw DiskPath.kind(of: path) == .file
                ? .notAFolder(path: path, option: name) : .noFolder(path: path, option: name)
        }
        guard let tree = GitWorkTree.containing(source), let sourcePath = tree.relative(source) else {
            throw .noRepository(path: source, option: option)
        }
        guard let targetPath = tree.relative(target) else {
            throw .outsideRepository(path: target, repository: tree.top, option: option)
        }
        var revisionTree: String?
        if let revision {
            revisionTree = try resolve(revision, in: tree)
        }
        return Place(tree: tree, sourcePath: sourcePath, targetPath: targetPath, revisionTree: revisionTree)
    }

    /// The object name of the tree `revision` names (a commit, a tag, a tree).
    private static func resolve(_ revision: String, in tree: GitWorkTree) throws(MergeBaseError) -> String {
        // A leading dash would be read as an option, a line break would cut the batch.
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains("\n") else {
            throw .notARevision(revision: revision, repository: tree.top)
        }
        let output: GitProcess.Output
        do {
            output = try tree.git(["rev-parse", "--verify", "--quiet", revision + "^{tree}"])
        } catch {
            throw .gitFailed(error.description)
        }
        let name = String(decoding: output.stdout, as: UTF8.self).split(separator: "\n").first
        guard output.status == 0, let name else { throw .notARevision(revision: revision, repository: tree.top) }
        return String(name)
    }
}
