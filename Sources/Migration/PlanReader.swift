import DiffCore

/// Reads what a plan is computed from, each file once where it can: the two trees
/// (the scan keeps the conflict files' bytes), the merge bases of the conflict files
/// (in one batch: a constant number of git processes), and the project root's Python
/// and text files for the rewrite planner; then builds the plan.
public enum PlanReader {
    /// Receives how long one phase took: `classify` (walking, reading, hashing and
    /// comparing both trees) and `plan` (reading the project and the merge bases,
    /// finding moved modules, planning rewrites and merges). The benchmark reports the
    /// two apart, since each has its own goal.
    public typealias PhaseTimer = (_ phase: String, _ elapsed: Duration) -> Void

    /// `bases`: made (and so checked) by the caller before anything is read; nil merges
    /// two-way. `concurrency`: how planning may use a second core.
    /// - Throws: `ScanError` naming the first path that could not be read.
    public static func read(workspace: Workspace, rules: ExcludeRules = ExcludeRules(), bases: MergeBaseProvider? = nil,
                            layoutRules: [LayoutRule] = [], phaseTimer: PhaseTimer? = nil,
                            concurrency: Concurrency = .sequential) throws(ScanError) -> Plan {
        let clock = ContinuousClock()
        let started = clock.now
        let scan = try WorkspaceScan.scan(source: workspace.source, target: workspace.target, rules: rules)
        let classified = clock.now
        phaseTimer?("classify", classified - started)
        var files: ProjectFiles? = nil
        if workspace.packageMove != nil {
            do {
                files = try ProjectFiles.read(root: workspace.root)
            } catch {
                throw ScanError(path: error.path, code: error.code)
            }
        }
        let found = baseLookups(scan, bases)
        let plan = PlanBuilder(workspace: workspace, scan: scan, base: { found[$0] ?? (nil, .none) },
                               projectFiles: files, layoutRules: layoutRules, concurrency: concurrency).build()
        phaseTimer?("plan", clock.now - classified)
        return plan
    }

    /// The base of every conflict file that is text on both sides.
    private static func baseLookups(_ scan: WorkspaceScan, _ bases: MergeBaseProvider?)
        -> [String: (bytes: [UInt8]?, state: MergeBaseState)] {
        guard let bases else { return [:] }
        let paths = scan.conflictTexts.keys.sorted()
        var result: [String: (bytes: [UInt8]?, state: MergeBaseState)] = [:]
        for (path, lookup) in zip(paths, bases.bases(for: paths)) {
            switch lookup {
            case .found(let bytes, let origin): result[path] = (bytes, .found(origin: origin))
            case .missing(let reason): result[path] = (nil, .missing(reason: reason))
            case .none: result[path] = (nil, .none)
            }
        }
        return result
    }
}
