import Migration

extension AppState {
    /// A command on the Imports screen.
    mutating func performImports(_ command: Command) -> [Effect] {
        var effects: [Effect] = []
        switch command {
        case .down: imports.move(by: 1)
        case .up: imports.move(by: -1)
        case .pageDown: imports.move(rows: importsListRows)
        case .pageUp: imports.move(rows: -importsListRows)
        case .top: imports.moveToTop()
        case .bottom: imports.moveToBottom()
        case .scrollLeft: imports.scroll(columns: -Self.importsColumnStep)
        case .scrollRight: imports.scroll(columns: Self.importsColumnStep)
        case .search: prompt = Prompt(.search)
        case .back:
            if !imports.searchText.isEmpty { imports.search("", in: plan) }
        case .nextMatch, .previousMatch:
            if !imports.nextMatch(in: plan, forward: command == .nextMatch) {
                status = StatusLine(imports.searchText.isEmpty ? "no search yet; / searches" : "no proposal matches \(imports.searchText)")
            }
        case .open: openImportsEntry()
        case .toggleProposal: effects = toggleProposal()
        case .acceptGroup: effects = decideImportsGroup(.accept)
        case .rejectGroup: effects = decideImportsGroup(.reject)
        default: break
        }
        imports.reveal(rows: importsListRows)
        return effects
    }

    /// The columns `h`/`l` scroll the before and after text by.
    static let importsColumnStep = 8

    /// The list rows of the Imports body: all but the counts line above and the detail line below.
    var importsListRows: Int { max(1, bodyRows - 2) }

    /// After every key: keeps the selection in view (a search moves it too) and counts
    /// the header's totals again if a decision changed since.
    mutating func refreshImports() {
        guard screen == .imports else { return }
        imports.reveal(rows: importsListRows)
        if !(imports.totals?.holds(for: session) ?? false) {
            imports.totals = ImportsTotals(groups: imports.groups, plan: plan, session: session, options: outcomeOptions)
        }
    }

    /// What happens to the proposal at `index` of `plan.proposals` under the session.
    private func proposalStatus(_ index: Int) -> ProposalStatus {
        ProposalStatus(plan.proposals[index], in: session, options: outcomeOptions)
    }

    /// `space`: accepts the selected proposal if the outcome would leave it out (and
    /// rejects the accepted ones whose bytes it overlaps), else rejects it; a flag cannot
    /// be accepted.
    private mutating func toggleProposal() -> [Effect] {
        guard case .proposal(_, _, let index) = imports.current else {
            status = StatusLine("space decides one proposal; A or R decide the whole group")
            return []
        }
        let proposal = plan.proposals[index]
        let current = proposalStatus(index)
        guard current != .flag else {
            status = StatusLine("a flag cannot be accepted: \(proposal.reason)", isError: true)
            return []
        }
        guard !current.isAccepted else {
            status = StatusLine("rejected \(proposal.path):\(proposal.line)")
            return change(SessionChange([.proposal(proposal.key, .reject)]))
        }
        let displaced = imports.groups.overlaps[index].filter { proposalStatus($0).isAccepted }
        let note = displaced.isEmpty ? "" : "; rejected the overlapping \(plan.proposals[displaced[0]].before) → \(plan.proposals[displaced[0]].after)"
        status = StatusLine("accepted \(proposal.path):\(proposal.line)\(note)")
        return change(SessionChange([.proposal(proposal.key, .accept)] + displaced.map { .proposal(plan.proposals[$0].key, .reject) }))
    }

    /// `A`/`R`: decides every proposal of the selected group (a kind in all files, a
    /// file, or a kind in a file) as one change, so one undo takes it back. Flags are
    /// left out, and so is an alternative whose bytes an accepted proposal already edits.
    private mutating func decideImportsGroup(_ decision: ProposalDecision) -> [Effect] {
        guard let entry = imports.current else {
            status = StatusLine("no proposals")
            return []
        }
        let indices = entry.groupProposals(in: imports.groups)
        let decidable = indices.filter { plan.proposals[$0].kind != .flag }
        let name = entry.groupName(in: imports.groups)
        let flags = indices.count - decidable.count
        guard !decidable.isEmpty else {
            status = StatusLine("nothing to decide in \(name): flags cannot be accepted", isError: decision == .accept)
            return []
        }
        let chosen = decision == .accept ? acceptable(decidable) : decidable
        var notes: [String] = []
        if chosen.count < decidable.count { notes.append("\(decidable.count - chosen.count) overlapping alternative\(decidable.count - chosen.count == 1 ? "" : "s") left as they were") }
        if flags > 0 { notes.append("\(flags) flag\(flags == 1 ? "" : "s") left as reported") }
        let verb = decision == .accept ? "accepted" : "rejected"
        let effects = change(SessionChange(chosen.map { .proposal(plan.proposals[$0].key, decision) }))
        let what = effects.isEmpty ? "\(name): all already \(verb)" : "\(verb) \(chosen.count) in \(name)"
        status = StatusLine(([what] + notes).joined(separator: "; "))
        return effects
    }

    /// The proposals of `indices` that can be accepted together: proposals before
    /// optional alternatives, each unless it overlaps one accepted already (in the
    /// session, outside `indices`, or earlier in this batch).
    private func acceptable(_ indices: [Int]) -> [Int] {
        let inBatch = Set(indices)
        let ordered = indices.filter { !plan.proposals[$0].isOptional } + indices.filter { plan.proposals[$0].isOptional }
        var chosen: Set<Int> = []
        for index in ordered {
            let blocked = imports.groups.overlaps[index].contains { other in
                inBatch.contains(other) ? chosen.contains(other) : proposalStatus(other).isAccepted
            }
            if !blocked { chosen.insert(index) }
        }
        return indices.filter { chosen.contains($0) }
    }

    /// `Enter`: folds or unfolds a header; on a proposal in a conflict file, opens that
    /// file in the merge view.
    private mutating func openImportsEntry() {
        if imports.toggleFold() { return }
        guard case .proposal(_, _, let index) = imports.current else {
            status = StatusLine("A or R decide every proposal of this kind")
            return
        }
        let proposal = plan.proposals[index]
        guard let path = conflictPath(of: proposal.path) else {
            status = StatusLine("\(proposal.path) is not a conflict file; space decides the proposal")
            return
        }
        openMerge(path: path)
    }

    /// The tree-relative path of a root-relative file when it is a conflict file (merged or combined).
    private func conflictPath(of rootPath: String) -> String? {
        for prefix in [plan.workspace.targetPrefix, plan.workspace.sourcePrefix].compactMap({ $0 }) {
            guard rootPath.hasPrefix(prefix + "/") else { continue }
            let path = String(rootPath.dropFirst(prefix.count + 1))
            if plan.merge(at: path) != nil || plan.initFile(at: path) != nil { return path }
        }
        return nil
    }
}
