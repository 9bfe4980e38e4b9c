import Migration

extension AppState {
    /// The conflicts of the conflict file at `path` that still need a decision
    /// (`ConflictCounts.unresolved`).
    public func unresolvedCount(path: String) -> Int {
        ConflictCounts.unresolved(path: path, plan: plan, session: session)
    }

    /// Whether the conflict file at `path` waits for the user's review (`ConflictCounts.needsReview`).
    public func needsReview(path: String) -> Bool {
        ConflictCounts.needsReview(path: path, plan: plan, session: session)
    }
}

/// How far the user is with one conflict file, from the plan and the session only (no
/// outcome), so list screens can ask it for every visible row on every key.
public enum ConflictCounts {
    /// The conflicts of the conflict file at `path` that still need a decision: its
    /// merge's conflict hunks (or its combined `__init__.py`'s conflicts) with no
    /// decision in the session. 0 for a path that is not a conflict file, and for one
    /// the user settled as a whole (take target, take source, skip, copy): the outcome
    /// does not merge it then.
    /// - Complexity: O(hunks of the file), one dictionary lookup each.
    public static func unresolved(path: String, plan: Plan, session: Session) -> Int {
        guard isMerged(path, session: session) else { return 0 }
        if let merge = plan.merge(at: path) {
            return merge.hunks.count { $0.isConflict && session.decision(for: $0.key) == nil }
        }
        if let combined = plan.initFile(at: path) {
            return combined.hunks.count { session.decision(for: $0) == nil }
        }
        return 0
    }

    /// Whether the conflict file at `path` merged partly on its own and waits for the
    /// user's review (`c` confirms it), as the outcome decides it: a merge with an
    /// auto-merged hunk that no decision covers, or any combined `__init__.py`, while
    /// the session has not confirmed the file.
    /// - Complexity: O(hunks of the file).
    public static func needsReview(path: String, plan: Plan, session: Session) -> Bool {
        guard isMerged(path, session: session), !session.isConfirmed(path) else { return false }
        if let merge = plan.merge(at: path) {
            return merge.hunks.contains { !$0.isConflict && session.decision(for: $0.key) == nil }
        }
        return plan.initFile(at: path) != nil
    }

    /// Whether the outcome merges the file hunk by hunk (no whole-file decision other than merge).
    private static func isMerged(_ path: String, session: Session) -> Bool {
        switch session.decision(forFile: path) {
        case nil, .merge?: true
        default: false
        }
    }
}
