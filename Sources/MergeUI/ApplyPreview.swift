import Migration

/// What an apply will do under the current decisions (the dry-run list): the outcome,
/// its counts, and the rows the Apply screen lists, computed once per set of decisions.
public struct ApplyPreview: Sendable {
    /// The decisions it was computed under: it holds while the session's are the same.
    public let decisions: SessionDecisionSet
    public let outcome: Outcome
    /// Merged and new files, and target files with rewrites written into them.
    public let written: Int
    /// Files copied from the source tree.
    public let copied: Int
    /// Target files a layout rule moves (their old place is among the removals).
    public let moved: Int
    /// Files left as they are.
    public let kept: Int
    /// Files under the root outside both trees that accepted rewrites change.
    public let outsideFiles: Int
    public let outsideRewrites: Int
    /// The rows of the list: what blocks or needs a look first, then every operation.
    let lines: [ApplyLine]

    /// - Complexity: computes the outcome (every merge of the plan), then O(files).
    public init(plan: Plan, session: Session, options: OutcomeOptions) {
        decisions = session.decisions
        let outcome = Outcome(plan: plan, session: session, options: options)
        self.outcome = outcome
        var written = 0, copied = 0, moved = 0, kept = 0
        var operations: [ApplyLine] = []
        for file in outcome.files {
            switch file.content {
            case .keep where file.path == file.origin: kept += 1
            case .keep: moved += 1
            case .copy: copied += 1
            case .write, .rewrite: written += 1
            }
            if let line = ApplyLine(file, newInits: plan.layout.newInitFiles) { operations.append(line) }
        }
        self.written = written
        self.copied = copied
        self.moved = moved
        self.kept = kept
        outsideFiles = outcome.rewrites.count
        outsideRewrites = outcome.rewrites.values.reduce(0) { $0 + $1.count }
        lines = Self.lines(outcome, operations: operations, target: plan.workspace.targetPrefix ?? plan.workspace.target)
    }

    public var removed: Int { outcome.removals.count }
    public var undecided: [Outcome.Undecided] { outcome.undecided }

    /// Whether it still describes what `session` decided.
    public func holds(for session: Session) -> Bool { decisions == session.decisions }

    /// `Dry run: 12 written · 5 copied · 30 kept · 1 removed · 3 files outside the trees
    /// (7 rewrites)`, or a shorter form when that does not fit in `width` columns.
    func countsText(fitting width: Int) -> String {
        var parts = ["\(written) written", "\(copied) copied"]
        if moved > 0 { parts.append("\(moved) moved") }
        parts += ["\(kept) kept", "\(removed) removed"]
        let outside = "\(outsideFiles) file\(outsideFiles == 1 ? "" : "s") outside the trees (\(outsideRewrites) rewrite\(outsideRewrites == 1 ? "" : "s"))"
        let long = "Dry run: " + (parts + [outside]).joined(separator: " · ")
        guard DisplayWidth.of(long) > width else { return long }
        return (parts + ["\(outsideFiles) outside"]).joined(separator: " · ")
    }

    /// Sections with a heading each, empty ones left out.
    private static func lines(_ outcome: Outcome, operations: [ApplyLine], target: String) -> [ApplyLine] {
        var lines: [ApplyLine] = []
        func section(_ title: String, role: StyleRole, _ items: [ApplyLine]) {
            guard !items.isEmpty else { return }
            lines.append(ApplyLine(heading: "\(title) (\(items.count))", role: role))
            lines += items
        }
        section("Undecided: p applies only when they are decided", role: .error,
                outcome.undecided.map { ApplyLine(action: "decide", text: $0.description, role: .conflictUnresolved) })
        section("Rewrites that cannot be placed (the merge dropped their lines)", role: .warning,
                outcome.unplacedRewrites.map { proposal in
                    ApplyLine(action: "unplaced", text: "\(proposal.path):\(proposal.line) \(ProposalText.oneLine(proposal.before)) → "
                              + ProposalText.oneLine(proposal.after), role: .warning)
                })
        section("To review (merged on their own, not confirmed)", role: .warning,
                outcome.toReview.map { ApplyLine(action: "review", text: $0.path, role: .hunkAutoMerged) })
        section("In \(target)", role: .title, operations)
        section("Outside the trees", role: .title, outcome.rewrites.keys.sorted().map { path in
            ApplyLine(action: "rewrite", text: path + ApplyLine.rewriteCount(outcome.rewrites[path]?.count ?? 0), role: .text)
        })
        section("Removed (moved away by a layout rule)", role: .title,
                outcome.removals.map { ApplyLine(action: "remove", text: $0, role: .diffRemoved) })
        return lines
    }
}

/// One row of the Apply list: a section heading, or an action with its path.
struct ApplyLine: Hashable, Sendable {
    /// `merge`, `copy`, … ; empty for a heading.
    let action: String
    let text: String
    let role: StyleRole

    init(action: String, text: String, role: StyleRole) {
        self.action = action
        self.text = text
        self.role = role
    }

    init(heading: String, role: StyleRole) {
        self.init(action: "", text: heading, role: role)
    }

    var isHeading: Bool { action.isEmpty }

    /// The operation for one file of the merged tree; nil for a file kept as it is.
    init?(_ file: Outcome.File, newInits: [String]) {
        let place = file.origin == file.path ? file.path : "\(file.origin) → \(file.path)"
        switch file.content {
        case .keep where file.origin == file.path:
            return nil
        case .keep:
            self.init(action: "move", text: place, role: .classMoved)
        case .copy(let from, let rewrites):
            let shown = from == file.path ? file.path : "\(from) → \(file.path)"
            self.init(action: "copy", text: shown + Self.rewriteCount(rewrites.count), role: .classSourceOnly)
        case .rewrite(let rewrites):
            self.init(action: "rewrite", text: place + Self.rewriteCount(rewrites.count), role: .text)
        case .write(let bytes) where bytes.isEmpty && newInits.contains(file.path):
            self.init(action: "new", text: file.path, role: .classSourceOnly)
        case .write:
            self.init(action: "merge", text: place, role: .classConflict)
        }
    }

    /// `  (3 rewrites)`, or nothing for none.
    static func rewriteCount(_ count: Int) -> String {
        count == 0 ? "" : "  (\(count) rewrite\(count == 1 ? "" : "s"))"
    }
}
