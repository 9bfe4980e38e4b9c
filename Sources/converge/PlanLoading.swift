import Migration

/// Reads a plan the way `converge scan` does, from the options every command that
/// computes one shares (`--root`, `--base`, `--base-rev`, `--exclude`, `--layout`).
struct PlanLoading {
    var root: String?
    var base: String?
    var baseRevision: String?
    var excludes: [String] = []
    var layoutRules: [String] = []

    /// The project root: `--root`, else git's top level or the folder holding SOURCE's package.
    func projectRoot(source: String) -> String {
        root ?? ProjectRoot.find(source: source)
    }

    func plan(source: String, target: String) throws(CommandFailure) -> Plan {
        let root = projectRoot(source: source)
        let input = try ScanInput.checked(source: source, target: target, root: root, globs: excludes)
        let layout: [LayoutRule]
        do {
            layout = try layoutRules.map { text throws(LayoutRuleError) in try LayoutRule(parsing: text) }
        } catch {
            throw CommandFailure(error.description)
        }
        let bases: MergeBaseProvider?
        do {
            let choice = try MergeBaseChoice(base: base, baseRevision: baseRevision)
            bases = choice == .none ? nil : try MergeBaseProvider(choice: choice, source: input.source, target: input.target)
        } catch {
            throw CommandFailure(error.description)
        }
        do {
            return try PlanReader.read(workspace: .locate(root: root, source: input.source, target: input.target),
                                       rules: input.rules, bases: bases, layoutRules: layout, concurrency: Threads.concurrency)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
