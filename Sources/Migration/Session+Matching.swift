extension Session {
    /// This session's decisions carried over to a new plan: each kept under the plan's
    /// key it matches, and the ones that match nothing reported, one line each.
    ///
    /// Hunks match by path, fingerprint and occurrence, then by path and fingerprint
    /// alone when exactly one decision and one plan hunk of that content are left
    /// (see `HunkKey`). Proposals match by path, before and after, at the same line or
    /// else the nearest free one. Files and confirmations match by path. The result
    /// starts with nothing to undo.
    public func matched(
        hunks: [HunkKey], proposals: [ProposalKey], files: [String]
    ) -> (session: Session, unmatched: [UnmatchedDecision]) {
        var result = SessionDecisionSet()
        var unmatched: [UnmatchedDecision] = []
        result.hunks = Self.matchHunks(decisions.hunks, to: hunks, unmatched: &unmatched)
        result.proposals = Self.matchProposals(decisions.proposals, to: proposals, unmatched: &unmatched)
        let paths = Set(files)
        for (path, decision) in decisions.files {
            if paths.contains(path) {
                result.files[path] = decision
            } else {
                unmatched.append(UnmatchedDecision(edit: .file(path, decision), reason: "no such file in the plan any more"))
            }
        }
        for path in decisions.confirmed {
            if paths.contains(path) {
                result.confirmed.insert(path)
            } else {
                unmatched.append(UnmatchedDecision(edit: .confirmation(path, true), reason: "no such file in the plan any more"))
            }
        }
        return (Session(decisions: result), unmatched.sorted { $0.description < $1.description })
    }

    /// Hunks of one file with one content.
    private struct HunkContent: Hashable {
        var path: String
        var fingerprint: String
        init(_ key: HunkKey) {
            path = key.path
            fingerprint = key.fingerprint
        }
    }

    private static func matchHunks(
        _ saved: [HunkKey: HunkDecision], to plan: [HunkKey], unmatched: inout [UnmatchedDecision]
    ) -> [HunkKey: HunkDecision] {
        let planKeys = Set(plan)
        var matched: [HunkKey: HunkDecision] = [:]
        var leftOver: [HunkContent: [(HunkKey, HunkDecision)]] = [:]
        for (key, decision) in saved {
            if planKeys.contains(key) {
                matched[key] = decision
            } else {
                leftOver[HunkContent(key), default: []].append((key, decision))
            }
        }
        let free = Dictionary(grouping: plan.filter { matched[$0] == nil }, by: HunkContent.init)
        for (content, decisions) in leftOver {
            let candidates = free[content] ?? []
            if decisions.count == 1, candidates.count == 1 {
                matched[candidates[0]] = decisions[0].1
                continue
            }
            let reason = candidates.isEmpty
                ? "no hunk with this content in the plan any more"
                : "\(candidates.count) hunks with this content for \(decisions.count) decisions, cannot tell which is which"
            for (key, decision) in decisions {
                unmatched.append(UnmatchedDecision(edit: .hunk(key, decision), reason: reason))
            }
        }
        return matched
    }

    /// Proposals of one file with one rewrite.
    private struct Rewrite: Hashable {
        var path: String
        var before: String
        var after: String
        init(_ key: ProposalKey) {
            path = key.path
            before = key.before
            after = key.after
        }
    }

    private static func matchProposals(
        _ saved: [ProposalKey: ProposalDecision], to plan: [ProposalKey], unmatched: inout [UnmatchedDecision]
    ) -> [ProposalKey: ProposalDecision] {
        let planKeys = Set(plan)
        var matched: [ProposalKey: ProposalDecision] = [:]
        var leftOver: [(ProposalKey, ProposalDecision)] = []
        for (key, decision) in saved {
            if planKeys.contains(key) { matched[key] = decision } else { leftOver.append((key, decision)) }
        }
        var free = Dictionary(grouping: plan.filter { matched[$0] == nil }, by: Rewrite.init)
        // In line order, so that when lines shifted together each decision keeps its
        // neighbour and the result does not depend on the dictionary's order.
        leftOver.sort { ($0.0.path, $0.0.line, $0.0.before, $0.0.after) < ($1.0.path, $1.0.line, $1.0.before, $1.0.after) }
        for (key, decision) in leftOver {
            let rewrite = Rewrite(key)
            let candidates = free[rewrite] ?? []
            guard let nearest = candidates.indices.min(by: {
                (abs(candidates[$0].line - key.line), candidates[$0].line) < (abs(candidates[$1].line - key.line), candidates[$1].line)
            }) else {
                unmatched.append(UnmatchedDecision(edit: .proposal(key, decision), reason: "no such rewrite in the plan any more"))
                continue
            }
            matched[candidates[nearest]] = decision
            free[rewrite]!.remove(at: nearest)
        }
        return matched
    }
}
