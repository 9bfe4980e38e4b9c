/// One edit of the user's decisions: a key and its new decision (`nil` = back to
/// unresolved / undecided / unconfirmed).
public enum SessionEdit: Hashable, Sendable {
    case hunk(HunkKey, HunkDecision?)
    case file(String, FileDecision?)
    case proposal(ProposalKey, ProposalDecision?)
    case confirmation(String, Bool)
}

/// Edits that the user made with one action ("rest of this file from target",
/// "accept all in group"), so that one undo takes them all back.
public struct SessionChange: Hashable, Sendable {
    /// Applied in order; a key may appear more than once (the last edit wins).
    public var edits: [SessionEdit]

    public init(_ edits: [SessionEdit]) {
        self.edits = edits
    }
}
