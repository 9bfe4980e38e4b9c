import Migration

/// Where one conflict file stands under the session: what the Conflicts screen lists
/// and the tree shows beside a B file.
///
/// The same rules as the outcome's: a file waits for review while a hunk that merged on
/// its own has no decision (a combined `__init__.py` always does) and the user has not
/// confirmed it.
public enum ConflictsFileStatus: Hashable, Sendable {
    /// Taken whole from one side or skipped: not a merge at all.
    case overridden(FileDecision)
    /// Conflicts without a decision.
    case unresolved(Int)
    /// Every conflict decided; hunks that merged on their own wait for review.
    case review
    /// Every conflict decided and nothing left to review.
    case resolved
    /// Confirmed by the user (`c`).
    case reviewed

    /// The status of the conflict file at `path` (a merge or a combined `__init__.py`).
    /// - Complexity: O(hunks of the file).
    public init(path: String, plan: Plan, session: Session) {
        if let decision = session.decision(forFile: path), decision != .merge {
            self = .overridden(decision)
            return
        }
        let unresolved = ConflictCounts.unresolved(path: path, plan: plan, session: session)
        if unresolved > 0 {
            self = .unresolved(unresolved)
        } else if session.isConfirmed(path) {
            self = .reviewed
        } else if ConflictCounts.needsReview(path: path, plan: plan, session: session) {
            self = .review
        } else {
            self = .resolved
        }
    }

    /// How the lists say it.
    public var title: String {
        switch self {
        case .overridden(let decision): TreeAction(decision: decision).title
        case .unresolved(let count): "unresolved \(count)"
        case .review: "auto-merged: review"
        case .resolved: "resolved"
        case .reviewed: "reviewed"
        }
    }

    /// How the tree says it, in its narrow column.
    public var shortTitle: String {
        switch self {
        case .unresolved(let count): "\(count) unresolved"
        case .review: "to review"
        default: title
        }
    }

    /// The role it is drawn in.
    public var role: StyleRole {
        switch self {
        case .overridden: .warning
        case .unresolved: .conflictUnresolved
        case .review: .hunkAutoMerged
        case .resolved, .reviewed: .conflictResolved
        }
    }

    public var unresolved: Int {
        if case .unresolved(let count) = self { return count }
        return 0
    }

    public var needsReview: Bool { self == .review }
}
