import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// `converge apply SOURCE TARGET`: step 6, the one that writes the user's files:
/// backup first, then every operation atomic and journaled (see `ApplyRun`).
struct ApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Write the merged target tree: backup, then every change atomic and journaled.",
        discussion: """
            Computes the plan as converge scan does and loads the session (.converge/session.json \
            or --session). What the session leaves open gets: --resolve for conflict hunks, the \
            default action for files, and the default per kind for import rewrites (code, \
            code-string and config accepted; docs only when named in --kinds). Undecided \
            conflicts without --resolve: exit 1, listed, nothing written; so are accepted rewrites \
            that cannot be placed, unless --yes. --dry-run lists every \
            operation and writes nothing. Otherwise: takes .converge/lock, writes a backup in \
            .converge/backups/<UTC time>/ (every file that will change or go, with manifest.json: \
            path, size, mode, SHA-256, and what will be created), reads it back to check it, \
            then carries out the operations, each atomic and recorded in .converge/journal. \
            An interrupted apply is finished with --resume or undone with converge rollback. \
            A finished apply writes .converge/applied.json (the moves' old names, where the proposals \
            it did not write now are, the files it wrote) and runs converge verify's static checks \
            with it; --remove-source then moves SOURCE into the backup, only when they pass. \
            Exit 0; 1 for undecided conflicts or a failing verify (the apply stays applied; \
            converge rollback undoes it); 2 on bad input or a failed write.
            """
    )

    enum Resolve: String, ExpressibleByArgument, CaseIterable {
        case target, source, union, markers
    }

    @OptionGroup var planOptions: PlanOptions

    @Option(help: ArgumentHelp("The session file with the decisions (default: .converge/session.json in the root).", valueName: "file"))
    var session: String?

    @Option(help: "What undecided conflict hunks become: target, source, union (target's lines, then source's) or markers.")
    var resolve: Resolve?

    @Option(help: ArgumentHelp("The rewrite kinds accepted when the session says nothing (default: code,code-string,config).",
                               valueName: "kinds"))
    var kinds: String?

    @Flag(name: .customLong("dry-run"), help: "List every operation; write nothing.")
    var dryRun = false

    @Flag(help: "Apply even when accepted rewrites cannot be placed (the merge dropped their lines); they are listed.")
    var yes = false

    @Flag(name: .customLong("remove-source"), help: "After the apply and a passing verify, move SOURCE into the backup (rollback brings it back).")
    var removeSource = false

    @Flag(help: "Finish an interrupted apply from .converge/journal.")
    var resume = false

    @Argument(help: "The source tree (the copy that moves in).") var source: String?
    @Argument(help: "The target tree (the copy that stays).") var target: String?

    func run() throws {
        if resume { return try resumeApply() }
        guard let source, let target else { throw CommandFailure("give SOURCE and TARGET, or --resume") }
        let loading = planOptions.loading
        let projectRoot = loading.projectRoot(source: source)
        let folder = try ProjectState.folder(projectRoot)
        try ProjectState.refuseUnfinished(folder)
        let plan = try loading.plan(source: source, target: target)
        let (decisions, unmatched) = try ApplySession.load(plan: plan, root: folder.root, file: session)
        for decision in unmatched {
            StandardError.print("converge: warning: a saved decision no longer matches the plan: \(decision)")
        }
        let options = OutcomeOptions(unresolved: unresolved, acceptedKinds: try acceptedKinds(config: loading.config(source: source)))
        let apply = MigrationApply(plan: plan, session: decisions, options: options, folder: folder)
        let outcome = apply.outcome
        let operations = try apply.operations(outcome)
        var output = FileSink.standardOutput()
        for proposal in outcome.unplacedRewrites {
            StandardError.print("converge: warning: \(proposal.path):\(proposal.line): rewrite not placed (the merge dropped its line): "
                                + "\(proposal.before) → \(proposal.after)")
        }
        if !outcome.unplacedRewrites.isEmpty && !dryRun && !yes {
            throw CommandFailure("\(outcome.unplacedRewrites.count) accepted rewrites cannot be placed (listed above); "
                                 + "give --yes to apply without them; nothing written", exitCode: 1)
        }
        if dryRun {
            for operation in operations.operations { output.write("\(operation)\n") }
            output.write("\(operations.operations.count) operations; nothing written (--dry-run)\n")
            output.flush()
            return
        }
        output.flush()
        let progress = ProgressBar(enabled: isatty(1) == 1)
        let (run, record): (ApplyRun<PosixFileSystem>, AppliedRecord)
        do {
            (run, record) = try apply.run(operations, outcome: outcome, progress: progress.show)
        } catch {
            progress.finish()
            throw error
        }
        progress.finish()
        output.write("applied \(operations.operations.count) operations; backup \(record.backup) (converge rollback undoes it)\n")
        output.flush()
        try ApplyFinish(folder: folder, record: record, removeSource: removeSource).run(run, output: &output)
    }

    private func resumeApply() throws {
        let folder = try ProjectState.folder(ConvergeRoot.find(planOptions.root))
        let progress = ProgressBar(enabled: isatty(1) == 1)
        let id: String
        do {
            id = try ApplyRun(folder: folder, progress: progress.show).resume()
        } catch {
            progress.finish()
            throw CommandFailure(error.message, exitCode: error.exitCode)
        }
        progress.finish()
        var output = FileSink.standardOutput()
        output.write("resumed and finished the apply; backup \(id) (converge rollback undoes it)\n")
        output.flush()
        // An apply from before the record existed has none: then there is nothing to verify against.
        if let record = try AppliedVerify.record(root: folder.root), record.backup == id {
            try ApplyFinish(folder: folder, record: record, removeSource: removeSource).run(ApplyRun(folder: folder), output: &output)
        }
    }

    private var unresolved: OutcomeOptions.Unresolved {
        switch resolve {
        case nil: .undecided
        case .target?: .target
        case .source?: .source
        case .union?: .union
        case .markers?: .markers
        }
    }

    /// `--kinds`, else `converge.toml`'s `kinds`, else code, code-string and config.
    private func acceptedKinds(config: ProjectConfig) throws(CommandFailure) -> Set<ProposalKind> {
        guard let kinds else { return config.kinds.map(Set.init) ?? [.code, .codeString, .config] }
        var result = Set<ProposalKind>()
        for name in kinds.split(separator: ",") {
            guard let kind = ProposalKind(rawValue: String(name)), kind != .flag else {
                throw CommandFailure("--kinds: '\(name)' is not one of code, code-string, config, docs")
            }
            result.insert(kind)
        }
        return result
    }
}
