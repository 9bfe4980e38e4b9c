/// Two proposals for one file change overlapping bytes, so they cannot both apply.
public struct ProposalOverlap: Error, Hashable, Sendable, CustomStringConvertible {
    public var first: Proposal
    public var second: Proposal

    public init(first: Proposal, second: Proposal) {
        self.first = first
        self.second = second
    }

    public var description: String {
        "\(second.path):\(second.line): proposals overlap (\(first.before) → \(first.after) and "
            + "\(second.before) → \(second.after)); accept only one"
    }
}
