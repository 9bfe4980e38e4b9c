/// What the outcome does with what the session leaves open.
public struct OutcomeOptions: Hashable, Sendable {
    /// For conflict hunks without a decision (`converge apply --resolve`).
    public enum Unresolved: Hashable, Sendable {
        /// Leave them undecided: the file shows git's markers, and the outcome lists them.
        case undecided
        /// Write git's markers and count them as decided (the user resolves them later).
        case markers
        case target
        case source
        /// Target's lines, then source's (git's `--union`).
        case union
    }

    public var unresolved: Unresolved
    /// The proposal kinds accepted when the session says nothing (flags never are).
    public var acceptedKinds: Set<ProposalKind>

    public init(unresolved: Unresolved = .undecided, acceptedKinds: Set<ProposalKind> = [.code, .codeString, .config]) {
        self.unresolved = unresolved
        self.acceptedKinds = acceptedKinds
    }

    /// Whether the outcome writes `proposal`: the session's decision, else the default
    /// for its kind; a flag and an optional proposal nobody accepted never are.
    public func accepts(_ proposal: Proposal, in session: Session) -> Bool {
        guard proposal.kind != .flag else { return false }
        switch session.decision(for: proposal.key) {
        case .accept?: return true
        case .reject?: return false
        case nil: return !proposal.isOptional && acceptedKinds.contains(proposal.kind)
        }
    }
}
