import DiffCore

/// One changed stretch of a conflict file's merge: what the interface steps through
/// and the session decides.
///
/// A conflict needs a decision; the other kinds merged on their own (one side changed
/// the base, or both made the same change) and only need the user's review.
public struct PlanHunk: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The two sides changed the base differently (or, with no base, differ).
        case conflict
        /// Only the target changed the base here: merged as the target has it.
        case target
        /// Only the source changed the base here: merged as the source has it.
        case source
        /// Both sides made the same change: merged once.
        case both
    }

    /// How the session names this hunk: by content, so a decision survives a rescan.
    public let key: HunkKey
    public let kind: Kind
    /// The index of the hunk's region in its merge's `result.regions`.
    public let region: Int

    public init(key: HunkKey, kind: Kind, region: Int) {
        self.key = key
        self.kind = kind
        self.region = region
    }

    public var isConflict: Bool { kind == .conflict }
}
