/// The base of one conflict file, or why there is none.
public enum MergeBaseLookup: Hashable, Sendable {
    /// The base's exact bytes, and where they came from in words a user reads in the
    /// merge view (`base/strategy.py`, `v1.2:pkg/strategy.py`, `auto: a1b2c3d (…)`).
    case found(bytes: [UInt8], origin: String)
    /// The choice asks for a base but this file has none: the merge falls back to two-way
    /// for it, and the reason is shown (`v1.2 has no pkg/strategy.py`).
    case missing(reason: String)
    /// The user chose no base: a two-way merge, nothing to explain.
    case none
}
