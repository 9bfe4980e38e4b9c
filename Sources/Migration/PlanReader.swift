/// Reads what a plan is computed from, each file once where it can: the two trees
/// (the scan keeps the conflict files' bytes), and the project root's Python and text
/// files for the rewrite planner; then builds the plan.
public enum PlanReader {
    /// - Throws: `ScanError` naming the first path that could not be read.
    public static func read(workspace: Workspace, rules: ExcludeRules = ExcludeRules(),
                            base: @escaping PlanBuilder.BaseLookup = { _ in (nil, .none) },
                            layoutRules: [LayoutRule] = []) throws(ScanError) -> Plan {
        let scan = try WorkspaceScan.scan(source: workspace.source, target: workspace.target, rules: rules)
        var files: ProjectFiles? = nil
        if workspace.packageMove != nil {
            do {
                files = try ProjectFiles.read(root: workspace.root)
            } catch {
                throw ScanError(path: error.path, code: error.code)
            }
        }
        return PlanBuilder(workspace: workspace, scan: scan, base: base, projectFiles: files, layoutRules: layoutRules).build()
    }
}
