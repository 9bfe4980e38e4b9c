import Migration

/// What happens to one proposal under the session, as the Imports screen shows it:
/// the user's decision, or the default the outcome falls back to, told apart.
enum ProposalStatus: Hashable, Sendable {
    case accepted
    case rejected
    /// No decision: the outcome writes it (code, code-string, config).
    case acceptedByDefault
    /// No decision: the outcome leaves it out (docs).
    case offByDefault
    /// No decision: an optional alternative (a style change), written only when accepted.
    case optional
    /// Found but not safe to edit: never written.
    case flag

    /// Follows the outcome's own rule (`options.accepts`), so the screen shows exactly
    /// what apply writes.
    init(_ proposal: Proposal, in session: Session, options: OutcomeOptions) {
        guard proposal.kind != .flag else {
            self = .flag
            return
        }
        let accepted = options.accepts(proposal, in: session)
        if session.decision(for: proposal.key) == nil {
            self = accepted ? .acceptedByDefault : proposal.isOptional ? .optional : .offByDefault
        } else {
            self = accepted ? .accepted : .rejected
        }
    }

    /// Whether the outcome writes it.
    var isAccepted: Bool { self == .accepted || self == .acceptedByDefault }

    /// The words in the proposal's row.
    var label: String {
        switch self {
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .acceptedByDefault: "accept (default)"
        case .offByDefault: "off (default)"
        case .optional: "off (optional)"
        case .flag: "flag"
        }
    }

    /// The widest label: the column the rows keep for it.
    static let labelWidth = 16

    var role: StyleRole {
        switch self {
        case .accepted, .acceptedByDefault: .proposalAccepted
        case .rejected, .offByDefault, .optional: .proposalRejected
        case .flag: .proposalFlag
        }
    }
}

/// How many proposals of a set the outcome writes, leaves out, and only reports.
struct ProposalCounts: Hashable, Sendable {
    var accepted = 0
    var rejected = 0
    var flags = 0

    /// Counts `indices` (into `plan.proposals`) under `session`.
    /// - Complexity: O(indices), a dictionary look-up each.
    init(_ indices: some Sequence<Int>, of proposals: [Proposal], in session: Session, options: OutcomeOptions) {
        for index in indices { add(ProposalStatus(proposals[index], in: session, options: options)) }
    }

    init() {}

    mutating func add(_ status: ProposalStatus) {
        switch status {
        case .flag: flags += 1
        case .accepted, .acceptedByDefault: accepted += 1
        case .rejected, .offByDefault, .optional: rejected += 1
        }
    }

    /// `✓3 ✗1 !1`: the compact form a header row ends with (flags only when there are
    /// some; only flags for a group of flags).
    var compact: String {
        let edits = accepted + rejected > 0 || flags == 0 ? ["✓\(accepted)", "✗\(rejected)"] : []
        return (edits + (flags > 0 ? ["!\(flags)"] : [])).joined(separator: " ")
    }
}

/// The counts over every proposal and per kind (the rows above the files), with the
/// decisions they were counted under, so they are counted again only after a decision changed.
struct ImportsTotals: Sendable {
    let decisions: [ProposalKey: ProposalDecision]
    let all: ProposalCounts
    /// Per entry of `ImportsGroups.kinds`.
    let kinds: [ProposalCounts]

    /// - Complexity: O(P).
    init(groups: ImportsGroups, plan: Plan, session: Session, options: OutcomeOptions) {
        decisions = session.decisions.proposals
        kinds = groups.kinds.map { ProposalCounts($0.proposals, of: plan.proposals, in: session, options: options) }
        var all = ProposalCounts()
        for counts in kinds {
            all.accepted += counts.accepted
            all.rejected += counts.rejected
            all.flags += counts.flags
        }
        self.all = all
    }

    /// Whether these counts still hold for `session` (O(1) while the decisions are
    /// unchanged: the dictionaries share their storage).
    func holds(for session: Session) -> Bool { decisions == session.decisions.proposals }
}
