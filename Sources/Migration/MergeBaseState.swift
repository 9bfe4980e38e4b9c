/// Where a conflict file's merge base came from, as the plan reports it.
public enum MergeBaseState: Hashable, Sendable {
    /// Two-way by choice (no base asked for): every difference is a decision.
    case none
    /// Found; `origin` says where (`base/strategy.py`, `v1.2:pkg/strategy.py`).
    case found(origin: String)
    /// Asked for but not found (the plan says why): merged two-way.
    case missing(reason: String)

    /// Whether the merge had a base, so one-sided changes merged on their own.
    public var hasBase: Bool {
        if case .found = self { return true }
        return false
    }
}
