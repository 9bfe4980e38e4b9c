/// Every decision the user made, by key: the part of a session that is saved.
///
/// An absent key means no decision: an unresolved hunk, a file handled as the scan
/// classified it, a proposal with its default, a file not yet confirmed.
public struct SessionDecisionSet: Hashable, Sendable {
    public var hunks: [HunkKey: HunkDecision] = [:]
    public var files: [String: FileDecision] = [:]
    public var proposals: [ProposalKey: ProposalDecision] = [:]
    /// Files whose automatic merge the user has reviewed and confirmed.
    public var confirmed: Set<String> = []

    public init() {}

    /// Whether there is no decision at all.
    public var isEmpty: Bool {
        hunks.isEmpty && files.isEmpty && proposals.isEmpty && confirmed.isEmpty
    }

    /// Makes `edit` and returns the edit that takes it back, or nil when it changed
    /// nothing.
    mutating func make(_ edit: SessionEdit) -> SessionEdit? {
        switch edit {
        case .hunk(let key, let decision):
            let old = hunks[key]
            guard old != decision else { return nil }
            hunks[key] = decision
            return .hunk(key, old)
        case .file(let path, let decision):
            let old = files[path]
            guard old != decision else { return nil }
            files[path] = decision
            return .file(path, old)
        case .proposal(let key, let decision):
            let old = proposals[key]
            guard old != decision else { return nil }
            proposals[key] = decision
            return .proposal(key, old)
        case .confirmation(let path, let isConfirmed):
            guard confirmed.contains(path) != isConfirmed else { return nil }
            if isConfirmed { confirmed.insert(path) } else { confirmed.remove(path) }
            return .confirmation(path, !isConfirmed)
        }
    }
}
