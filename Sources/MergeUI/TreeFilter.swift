import Migration

/// Which files the tree shows: all of them, or one class (`f` cycles in this order).
public enum TreeFilter: Int, Hashable, Sendable, CaseIterable {
    case all, sourceOnly, conflict, targetOnly, same, moved

    /// The classes it lets through. Excluded paths show only under `all`, in their group.
    public var classes: FileClassSet {
        switch self {
        case .all: FileClassSet.tree.union(.excluded)
        case .sourceOnly: FileClassSet(.sourceOnly)
        case .conflict: FileClassSet(.conflict)
        case .targetOnly: FileClassSet(.targetOnly)
        case .same: FileClassSet(.same)
        case .moved: FileClassSet(.moved)
        }
    }

    /// How the counts line names the filter.
    public var title: String {
        switch self {
        case .all: "all"
        case .sourceOnly: "A source only"
        case .conflict: "B conflicts"
        case .targetOnly: "C target only"
        case .same: "= same"
        case .moved: "M moved"
        }
    }

    /// The next filter in the cycle.
    public var next: TreeFilter {
        TreeFilter(rawValue: (rawValue + 1) % Self.allCases.count)!
    }
}
