/// Reads what a plan is computed from, each file once where it can: the two trees
/// (the scan keeps the conflict files' bytes), and the project root's Python and text
/// files for the rewrite planner; then builds the plan.
public enum PlanReader {
    /// Receives how long one phase took: `classify` (walking, reading, hashing and
    /// comparing both trees) and `plan` (reading the project, finding moved modules,
    /// planning rewrites and merges). The benchmark reports the two apart, since each
    /// has its own goal.
    public typealias PhaseTimer = (_ phase: String, _ elapsed: Duration) -> Void

    /// - Throws: `ScanError` naming the first path that could not be read.
    public static func read(workspace: Workspace, rules: ExcludeRules = ExcludeRules(),
                            base: @escaping PlanBuilder.BaseLookup = { _ in (nil, .none) },
                            layoutRules: [LayoutRule] = [], phaseTimer: PhaseTimer? = nil) throws(ScanError) -> Plan {
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
        let plan = PlanBuilder(workspace: workspace, scan: scan, base: base, projectFiles: files, layoutRules: layoutRules).build()
        phaseTimer?("plan", clock.now - classified)
        return plan
    }
}
