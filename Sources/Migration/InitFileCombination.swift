/// A conflicting `__init__.py`, combined rather than merged line by line: the
/// combiner's proposal, and one hunk per name the two sides bind differently.
public struct InitFileCombination: Sendable {
    public let path: String
    public let base: MergeBaseState
    public let combination: InitCombination
    /// One per `combination.conflicts`, in the same order; keyed by the name and both
    /// bindings, so a decision survives a rescan.
    public let hunks: [HunkKey]
    /// The default rewrites of either side's `__init__.py`, written into the sides
    /// before they were combined: the combination already has them.
    public let foldedRewrites: [Proposal]

    public init(path: String, base: MergeBaseState, combination: InitCombination, foldedRewrites: [Proposal] = []) {
        self.path = path
        self.base = base
        self.combination = combination
        self.foldedRewrites = foldedRewrites
        hunks = HunkKey.keys(path: path, fingerprints: combination.conflicts.map { conflict in
            HunkKey.fingerprint(parts: [conflict.name, conflict.target, conflict.source].map { Array($0.utf8) })
        })
    }
}
