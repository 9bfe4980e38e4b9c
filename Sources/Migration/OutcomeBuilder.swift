import DiffCore

/// Computes an `Outcome` file by file: what each class becomes under the user's
/// decisions, with the accepted rewrites placed in the files they edit.
struct OutcomeBuilder {
    let plan: Plan
    let session: Session
    let options: OutcomeOptions
    private(set) var files: [Outcome.File] = []
    private(set) var rewrites: [String: [Proposal]] = [:]
    private(set) var removals: [String] = []
    private(set) var undecided: [Outcome.Undecided] = []
    private(set) var unplaced: [Proposal] = []
    /// Accepted rewrites of files in the source tree and in the target tree, by tree-relative path.
    private var sourceRewrites: [String: [Proposal]] = [:]
    private var targetRewrites: [String: [Proposal]] = [:]

    init(plan: Plan, session: Session, options: OutcomeOptions) {
        self.plan = plan
        self.session = session
        self.options = options
    }

    mutating func build() {
        sortRewrites()
        for file in plan.scan.files { add(file) }
        let taken = Set(files.map(\.path))
        for path in plan.layout.newInitFiles where !taken.contains(path) {
            files.append(Outcome.File(path: path, origin: path, content: .write([]), state: .done))
        }
    }

    /// Splits the accepted rewrites by where their file lives.
    private mutating func sortRewrites() {
        let workspace = plan.workspace
        for proposal in plan.proposals where isAccepted(proposal) {
            if let prefix = workspace.targetPrefix, let path = PlanBuilder.relative(proposal.path, under: prefix) {
                targetRewrites[path, default: []].append(proposal)
            } else if let prefix = workspace.sourcePrefix, let path = PlanBuilder.relative(proposal.path, under: prefix) {
                sourceRewrites[path, default: []].append(proposal)
            } else {
                rewrites[proposal.path, default: []].append(proposal)
            }
        }
    }

    private func isAccepted(_ proposal: Proposal) -> Bool {
        options.accepts(proposal, in: session)
    }

    private mutating func add(_ file: ScannedFile) {
        let decision = session.decision(forFile: file.path)
        switch file.fileClass {
        case .excluded:
            return
        case .same, .targetOnly:
            keep(file.path)
        case .sourceOnly:
            guard file.flags.isDisjoint(with: .typeClash) else { return undecide(file.path, "a file in one tree, a folder in the other") }
            if decision != .skip { copy(file.path) }
        case .moved:
            // Mapped to its target module unless the user asks for a copy after all.
            if decision == .copy || decision == .takeSource { copy(file.path) }
        case .conflict:
            switch decision {
            case .takeTarget?, .skip?: keep(file.path)
            case .takeSource?, .copy?: copy(file.path)
            case .merge?, nil: merge(file.path)
            }
        }
    }

    private mutating func keep(_ path: String) {
        let edits = targetRewrites[path] ?? []
        let destination = plan.layout.destination(of: path)
        if destination != path { removals.append(path) }
        files.append(Outcome.File(path: destination, origin: path, content: edits.isEmpty ? .keep : .rewrite(edits), state: .done))
    }

    private mutating func copy(_ path: String) {
        files.append(Outcome.File(path: plan.layout.destination(of: path), origin: path,
                                  content: .copy(from: path, rewrites: sourceRewrites[path] ?? []), state: .done))
    }

    private mutating func undecide(_ path: String, _ what: String) {
        undecided.append(Outcome.Undecided(path: path, what: what))
    }

    private mutating func merge(_ path: String) {
        if let merge = plan.merge(at: path) {
            var outcome = MergedFileOutcome(merge: merge, session: session, unresolved: options.unresolved)
            let bytes = outcome.bytes(placing: targetRewrites[path] ?? [], sourceRewrites[path] ?? [])
            unplaced += outcome.unplaced
            undecided += outcome.undecidedLines.map { Outcome.Undecided(path: path, what: "line \($0): conflict undecided") }
            let state: Outcome.State = !outcome.undecidedLines.isEmpty ? .undecided
                : outcome.needsReview && !session.isConfirmed(path) ? .review : .done
            files.append(Outcome.File(path: plan.layout.destination(of: path), origin: path, content: .write(bytes), state: state))
        } else if let combined = plan.initFile(at: path) {
            var outcome = CombinedInitOutcome(file: combined, session: session, unresolved: options.unresolved)
            let bytes = outcome.bytes()
            let folded = Set(combined.foldedRewrites)
            unplaced += ((targetRewrites[path] ?? []) + (sourceRewrites[path] ?? [])).filter { !folded.contains($0) }
            undecided += outcome.undecidedNames.map { Outcome.Undecided(path: path, what: "\($0): bound differently on the two sides, undecided") }
            let state: Outcome.State = !outcome.undecidedNames.isEmpty ? .undecided : session.isConfirmed(path) ? .done : .review
            files.append(Outcome.File(path: plan.layout.destination(of: path), origin: path, content: .write(bytes), state: state))
        } else {
            // Binary, a link, a type clash: only a whole side will do.
            undecide(path, "cannot be merged as text: take target or take source")
            files.append(Outcome.File(path: plan.layout.destination(of: path), origin: path, content: .keep, state: .undecided))
        }
    }
}
