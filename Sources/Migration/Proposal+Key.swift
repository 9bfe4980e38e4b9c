extension Proposal {
    /// The key a session stores this proposal's decision under: its path, line, and the
    /// text it replaces and writes (`ProposalKey`).
    public var key: ProposalKey {
        ProposalKey(path: path, line: line, before: before, after: after)
    }
}
