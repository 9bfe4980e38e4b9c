import PythonSource

/// Computes a plan from what was read: the scan (with the conflict files' bytes), the
/// merge bases, and the project's files for the rewrite planner. Pure: nothing here
/// reads or writes the disk.
public struct PlanBuilder {
    /// A merge base for a conflict path: its bytes, or none, and where they came from.
    public typealias BaseLookup = (String) -> (bytes: [UInt8]?, state: MergeBaseState)

    public var workspace: Workspace
    public var scan: WorkspaceScan
    public var base: BaseLookup
    /// The project root's files; nil plans no rewrites.
    public var projectFiles: ProjectFiles?
    /// Moves on top of the package move (layout rules, moved modules); the more
    /// specific one wins (see `ModuleMoves`).
    public var extraMoves: [ModuleMove]

    public init(workspace: Workspace, scan: WorkspaceScan, base: @escaping BaseLookup = { _ in (nil, .none) },
                projectFiles: ProjectFiles? = nil, extraMoves: [ModuleMove] = []) {
        self.workspace = workspace
        self.scan = scan
        self.base = base
        self.projectFiles = projectFiles
        self.extraMoves = extraMoves
    }

    public func build() -> Plan {
        let moves = ModuleMoves((workspace.packageMove.map { [$0] } ?? []) + extraMoves)
        var merges: [FileMerge] = [], initFiles: [InitFileCombination] = [], problems: [PlanProblem] = []
        for file in scan.files where file.fileClass == .conflict {
            guard let texts = scan.conflictTexts[file.path] else {
                problems.append(PlanProblem(path: file.path, message: Self.whyNotMerged(file)))
                continue
            }
            let (baseBytes, state) = base(file.path)
            if case .missing(let reason) = state {
                problems.append(PlanProblem(path: file.path, message: "no merge base: \(reason); merged two-way"))
            }
            if file.path == "__init__.py" || file.path.hasSuffix("/__init__.py") {
                let combiner = InitCombiner(package: package(of: file.path), moves: moves)
                let combination = combiner.combine(target: texts.target, source: texts.source, base: baseBytes)
                initFiles.append(InitFileCombination(path: file.path, base: state, combination: combination))
                continue
            }
            do {
                merges.append(try FileMerge.merge(path: file.path, target: texts.target, source: texts.source,
                                                  baseBytes: baseBytes, base: state))
            } catch {
                problems.append(PlanProblem(path: file.path, message: "too large to merge as text (\(error))"))
            }
        }
        var proposals: [Proposal] = []
        if let projectFiles, !moves.moves.isEmpty {
            proposals = RewritePlanner(files: projectFiles.python, otherFiles: projectFiles.others, moves: moves).proposals()
        }
        return Plan(workspace: workspace, scan: scan, merges: merges, initFiles: initFiles, moves: moves,
                    proposals: proposals, problems: problems)
    }

    /// The package an `__init__.py` at `path` (relative to the trees) belongs to, named
    /// as in the target; relative imports in it count from there.
    private func package(of path: String) -> ModuleName {
        let folders = path.split(separator: "/").dropLast().map(String.init)
        let top = workspace.targetPackage?.parts ?? ["package"]
        return ModuleName(parts: top + folders)
    }

    private static func whyNotMerged(_ file: ScannedFile) -> String {
        if file.flags.contains(.typeClash) { return "a file in one tree, a folder in the other: take one side" }
        if file.flags.contains(.symlink) { return "a symbolic link differs: take one side" }
        if file.flags.contains(.binary) { return "binary: take one side" }
        return "not a regular file on both sides: take one side"
    }
}
