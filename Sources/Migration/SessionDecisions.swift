/// What the user chose for one hunk of a merge. No decision at all means unresolved.
///
/// `both` comes in two orders and never carries the base lines. `edited` holds the
/// exact bytes the user wrote in their editor: any line endings, any encoding.
public enum HunkDecision: Hashable, Sendable {
    case target
    case source
    case base
    case targetThenSource
    case sourceThenTarget
    case edited([UInt8])
}

/// What the user chose for a whole file.
public enum FileDecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// Merge it hunk by hunk (the default for a conflict).
    case merge
    /// Keep the target's file as it is.
    case takeTarget = "take-target"
    /// Use the source's file instead.
    case takeSource = "take-source"
    /// Leave it out of the migration.
    case skip
    /// Copy a file the scan classified as moved instead of mapping it.
    case copy
}

/// What the user chose for one import-rewrite proposal.
public enum ProposalDecision: String, Hashable, Sendable, Codable, CaseIterable {
    case accept
    case reject
}
