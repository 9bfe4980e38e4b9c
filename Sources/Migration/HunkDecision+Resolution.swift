import DiffCore

extension HunkDecision {
    /// How the merge writes this decision's region: the one mapping the outcome and the
    /// merge view's result pane share, so the view shows the bytes the apply writes.
    public var resolution: RegionResolution {
        switch self {
        case .target: .target
        case .source: .source
        case .base: .base
        case .targetThenSource: .targetThenSource
        case .sourceThenTarget: .sourceThenTarget
        case .edited(let bytes): .text(bytes)
        }
    }
}
