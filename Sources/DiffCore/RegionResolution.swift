/// How one region of a merge is written when a person, not git's rules, decides it:
/// the choices of a merge tool's hunk (KDiff3's A/B/C, vimdiff's `:diffget`).
public enum RegionResolution: Hashable, Sendable {
    /// As the merge has it: a clean region's lines; a conflict with markers (or by the
    /// result's favor).
    case merged
    /// The target's lines of the region.
    case target
    /// The source's lines.
    case source
    /// The base's lines (nothing, in a two-way merge).
    case base
    /// The target's lines, then the source's.
    case targetThenSource
    /// The source's lines, then the target's.
    case sourceThenTarget
    /// These bytes instead of any side's (an edit); written as they are.
    case text([UInt8])
}
