import DiffCore
import PythonSource

/// Computes a plan from what was read: the scan (with the conflict files' bytes), the
/// merge bases, the layout rules and the project's files. Pure: nothing here reads or
/// writes the disk.
///
/// Moved modules are found among the project's files, so only when both trees are
/// inside the project root (they have module names): a tree outside it has no imports
/// to map anyway.
public struct PlanBuilder {
    /// A merge base for a conflict path: its bytes, or none, and where they came from.
    public typealias BaseLookup = (String) -> (bytes: [UInt8]?, state: MergeBaseState)

    public var workspace: Workspace
    public var scan: WorkspaceScan
    public var base: BaseLookup
    /// The project root's files; nil plans no rewrites and finds no moved modules.
    public var projectFiles: ProjectFiles?
    public var layoutRules: [LayoutRule]
    /// How the analysis of the project's Python files may use a second core.
    public var concurrency: Concurrency

    public init(workspace: Workspace, scan: WorkspaceScan, base: @escaping BaseLookup = { _ in (nil, .none) },
                projectFiles: ProjectFiles? = nil, layoutRules: [LayoutRule] = [], concurrency: Concurrency = .sequential) {
        self.concurrency = concurrency
        self.workspace = workspace
        self.scan = scan
        self.base = base
        self.projectFiles = projectFiles
        self.layoutRules = layoutRules
    }

    public func build() -> Plan {
        let moved = movedModules()
        let scan = moved.isEmpty ? self.scan : reclassified(self.scan, moved: Set(moved.map(\.path)))
        let layout = LayoutPlan(rules: layoutRules, paths: Self.mergedTreePaths(scan),
                                package: workspace.targetPackage ?? ModuleName(parts: ["package"]))
        var problems = layout.conflicts.map { PlanProblem(path: "", message: $0.description) }
        var moves = ModuleMoves((workspace.packageMove.map { [$0] } ?? []) + movedModuleMoves(moved))
        moves = moves.followed(by: layout.moves)
        var proposals: [Proposal] = []
        var proposalLines: [ProposalKey: ProposalLine] = [:]
        if let projectFiles, !moves.moves.isEmpty {
            let planner = RewritePlanner(files: projectFiles.python, otherFiles: projectFiles.others, moves: moves,
                                         kinds: Set(ProposalKind.allCases), concurrency: concurrency)
            proposals = planner.proposals()
            proposalLines = planner.lines(of: proposals)
        }
        var merges: [FileMerge] = [], initFiles: [InitFileCombination] = []
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
                initFiles.append(combined(file.path, texts, base: baseBytes, state: state, moves: moves, proposals: proposals))
                continue
            }
            do {
                merges.append(try FileMerge.merge(path: file.path, target: texts.target, source: texts.source,
                                                  baseBytes: baseBytes, base: state))
            } catch {
                problems.append(PlanProblem(path: file.path, message: "too large to merge as text (\(error))"))
            }
        }
        return Plan(workspace: workspace, scan: scan, merges: merges, initFiles: initFiles, moves: moves,
                    movedModules: moved, layout: layout, proposals: proposals, proposalLines: proposalLines, problems: problems)
    }

    /// A conflicting `__init__.py` combined from its two sides with their default
    /// rewrites written in first: the combiner copies the source's statements as they
    /// are, so an import of a module a layout rule moved must already name its new place.
    private func combined(_ path: String, _ texts: ConflictTexts, base: [UInt8]?, state: MergeBaseState,
                          moves: ModuleMoves, proposals: [Proposal]) -> InitFileCombination {
        var folded: [Proposal] = []
        func rewritten(_ bytes: [UInt8], prefix: String?) -> [UInt8] {
            guard let prefix else { return bytes }
            let edits = proposals.filter { $0.path == "\(prefix)/\(path)" && $0.isAcceptedByDefault }
            guard !edits.isEmpty, let result = try? ProposalApplier.apply(edits, to: bytes) else { return bytes }
            folded += edits
            return result
        }
        let target = rewritten(texts.target, prefix: workspace.targetPrefix)
        let source = rewritten(texts.source, prefix: workspace.sourcePrefix)
        let combiner = InitCombiner(package: package(of: path), moves: moves)
        return InitFileCombination(path: path, base: state, combination: combiner.combine(target: target, source: source, base: base),
                                   foldedRewrites: folded)
    }

    /// The source-only modules whose definitions the target has in another module.
    private func movedModules() -> [MovedModule] {
        guard let projectFiles, let sourcePrefix = workspace.sourcePrefix, let targetPrefix = workspace.targetPrefix else { return [] }
        let sourceOnly = Set(scan.files.filter { $0.fileClass == .sourceOnly && $0.flags.isEmpty }.map(\.path))
        var candidates: [String: [UInt8]] = [:], targetFiles: [String: [UInt8]] = [:]
        for (path, bytes) in projectFiles.python {
            if let relative = Self.relative(path, under: sourcePrefix), sourceOnly.contains(relative) {
                candidates[relative] = bytes
            } else if let relative = Self.relative(path, under: targetPrefix) {
                targetFiles[relative] = bytes
            }
        }
        guard !candidates.isEmpty else { return [] }
        return MovedModuleFinder(index: TargetDefinitionIndex(files: targetFiles, concurrency: concurrency)).movedModules(sourceOnly: candidates)
    }

    private func movedModuleMoves(_ moved: [MovedModule]) -> [ModuleMove] {
        guard let sourcePackage = workspace.sourcePackage, let targetPackage = workspace.targetPackage else { return [] }
        return moved.map { $0.moduleMove(sourcePackage: sourcePackage, targetPackage: targetPackage) }
    }

    private func reclassified(_ scan: WorkspaceScan, moved: Set<String>) -> WorkspaceScan {
        let files = scan.files.map { file in
            moved.contains(file.path)
                ? ScannedFile(path: file.path, fileClass: .moved, flags: file.flags, source: file.source, target: file.target)
                : file
        }
        return WorkspaceScan(source: scan.source, target: scan.target, files: files, conflictTexts: scan.conflictTexts)
    }

    /// The paths the target tree will hold: what it has, and what the source brings.
    static func mergedTreePaths(_ scan: WorkspaceScan) -> [String] {
        scan.files.filter { file in
            switch file.fileClass {
            case .targetOnly, .same, .conflict, .sourceOnly: file.flags.isDisjoint(with: [.excluded, .typeClash])
            case .moved, .excluded: false
            }
        }.map(\.path)
    }

    static func relative(_ path: String, under prefix: String) -> String? {
        guard path.hasPrefix(prefix + "/") else { return nil }
        return String(path.dropFirst(prefix.count + 1))
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
