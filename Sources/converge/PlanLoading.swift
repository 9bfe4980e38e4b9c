import Migration

/// Reads a plan the way `converge scan` does, from the options every command that
/// computes one shares (`--root`, `--base`, `--base-rev`, `--exclude`, `--layout`) and
/// the project's `converge.toml`: flags win (`--layout`, `--base`, `--base-rev` replace
/// the file's settings), `--exclude` adds to the file's patterns.
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

    /// The project's `converge.toml`, or the empty configuration.
    func config(source: String) throws(CommandFailure) -> ProjectConfig {
        do {
            return try ProjectConfig.read(root: projectRoot(source: source))
        } catch {
            throw CommandFailure(error.description)
        }
    }

    func plan(source: String, target: String, timer: PlanReader.PhaseTimer? = nil) throws(CommandFailure) -> Plan {
        let root = projectRoot(source: source)
        let config = try self.config(source: source)
        let input = try ScanInput.checked(source: source, target: target, root: root, globs: config.excludes + excludes)
        let layout: [LayoutRule]
        do {
            layout = layoutRules.isEmpty ? config.layout : try layoutRules.map { text throws(LayoutRuleError) in try LayoutRule(parsing: text) }
        } catch {
            throw CommandFailure(error.description)
        }
        let fromFlags = base != nil || baseRevision != nil
        let bases: MergeBaseProvider?
        do {
            let choice = try MergeBaseChoice(base: fromFlags ? base : config.base,
                                             baseRevision: fromFlags ? baseRevision : config.baseRevision)
            bases = choice == .none ? nil : try MergeBaseProvider(choice: choice, source: input.source, target: input.target)
        } catch {
            throw CommandFailure(error.description)
        }
        do {
            return try PlanReader.read(workspace: .locate(root: root, source: input.source, target: input.target),
                                       rules: input.rules, bases: bases, layoutRules: layout, phaseTimer: timer,
                                       concurrency: Threads.concurrency)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
