/// Everything a migration will do, computed from the two trees and nothing else: an
/// immutable value the interface shows and the session's decisions refer to.
///
/// The outcome is a pure function of a plan and a session; only the apply step
/// touches the disk.
public struct Plan: Sendable {
    public let workspace: Workspace
    /// Every path of the two trees with its class, flags and hashes.
    public let scan: WorkspaceScan
    /// The merge of every conflict file that is text on both sides, but `__init__.py`
    /// files, by path.
    public let merges: [FileMerge]
    /// The conflicting `__init__.py` files, combined.
    public let initFiles: [InitFileCombination]
    /// The module moves of the migration: the package move, moved modules to their
    /// target modules, then the layout rules' moves.
    public let moves: ModuleMoves
    /// Source-only modules whose definitions the target has elsewhere (class `moved`).
    public let movedModules: [MovedModule]
    /// Where the layout rules put paths of the merged tree.
    public let layout: LayoutPlan
    /// The import rewrites across the project root, by path then position.
    public let proposals: [Proposal]
    /// The line each proposal edits, as the file has it (for showing it before and after).
    public let proposalLines: [ProposalKey: ProposalLine]
    public let problems: [PlanProblem]
    /// Path → index in `merges` and in `initFiles`: the report and the outcome look a
    /// conflict file up once per path.
    private let mergeIndex: [String: Int]
    private let initFileIndex: [String: Int]

    public init(workspace: Workspace, scan: WorkspaceScan, merges: [FileMerge], initFiles: [InitFileCombination],
                moves: ModuleMoves, movedModules: [MovedModule] = [], layout: LayoutPlan, proposals: [Proposal],
                proposalLines: [ProposalKey: ProposalLine] = [:], problems: [PlanProblem]) {
        self.workspace = workspace
        self.scan = scan
        self.merges = merges
        self.initFiles = initFiles
        self.moves = moves
        self.movedModules = movedModules
        self.layout = layout
        self.proposals = proposals
        self.proposalLines = proposalLines
        self.problems = problems
        mergeIndex = Dictionary(merges.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
        initFileIndex = Dictionary(initFiles.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The merge of the conflict file at `path`, if it is merged line by line.
    public func merge(at path: String) -> FileMerge? {
        mergeIndex[path].map { merges[$0] }
    }

    /// The combination of the `__init__.py` at `path`, if it is a conflicting one.
    public func initFile(at path: String) -> InitFileCombination? {
        initFileIndex[path].map { initFiles[$0] }
    }

    /// Every hunk a session can decide: merge hunks and `__init__` conflicts.
    public var hunkKeys: [HunkKey] {
        merges.flatMap { $0.hunks.map(\.key) } + initFiles.flatMap(\.hunks)
    }
}
