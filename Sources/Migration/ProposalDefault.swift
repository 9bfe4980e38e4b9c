/// What happens to a proposal when the user decides nothing.
public enum ProposalDefault: String, Hashable, Sendable {
    /// Written unless rejected.
    case accept
    /// Shown, written only when accepted.
    case off
    /// Reported only: there is nothing to write.
    case noEdit = "no-edit"
}
