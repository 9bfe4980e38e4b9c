/// How hard a three-way merge works to shrink its conflicts: the levels of git's
/// `xdiff/xmerge.c` (`XDL_MERGE_MINIMAL` … `XDL_MERGE_ZEALOUS_ALNUM`), each doing
/// everything the one before it does.
public enum ConflictLevel: Int, Comparable, Sendable, CaseIterable {
    /// Every pair of overlapping (or touching) changes is a conflict, even when both
    /// sides made the very same change.
    case minimal
    /// Both sides making the same change to the same base lines is clean; other
    /// overlapping changes are conflicts.
    case eager
    /// Conflicts are refined: the target's and the source's versions are diffed against
    /// each other, lines they share become clean, and only the lines that really differ
    /// stay in conflict. Conflicts left at most three lines apart are then joined
    /// (the lines between them are moved into one conflict, which reads as less).
    case zealous
    /// As `zealous`, and conflicts further apart are joined too when nothing between
    /// them has a letter or a digit (blank lines, braces), as such lines say little on
    /// their own. The default of `git merge-file` and of converge.
    case zealousAlnum

    public static func < (lhs: ConflictLevel, rhs: ConflictLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

/// How a conflict is written out.
public enum ConflictStyle: Sendable, CaseIterable {
    /// `<<<<<<< target`, the target's lines, `=======`, the source's lines,
    /// `>>>>>>> source` (git's default `merge` style).
    case merge
    /// As `merge`, with the base's lines after a `||||||| base` marker. Showing the base
    /// only makes sense for whole conflicts, so refinement stops at `eager` (as git).
    case diff3
    /// As `diff3`, but lines that open or close both sides alike are moved out of the
    /// conflict (git's "zealous diff3"); the base section still shows the whole base.
    case zdiff3
}

/// Which side wins every conflict, instead of writing conflict markers
/// (git merge-file's `--ours`, `--theirs` and `--union`).
public enum ConflictFavor: Sendable, CaseIterable {
    /// The target's lines (`--ours`).
    case target
    /// The source's lines (`--theirs`).
    case source
    /// The target's lines, then the source's (`--union`).
    case union
}

/// The names written after the conflict markers. `nil` writes the bare marker.
public struct MergeLabels: Equatable, Sendable {
    /// After `<<<<<<<`.
    public var target: String?
    /// After `|||||||` (diff3 and zdiff3 styles).
    public var base: String?
    /// After `>>>>>>>`.
    public var source: String?

    public init(target: String? = "target", base: String? = "base", source: String? = "source") {
        self.target = target
        self.base = base
        self.source = source
    }
}

/// Everything that decides a three-way merge and how its result is written.
public struct MergeOptions: Equatable, Sendable {
    /// The marker length git uses when none is asked for.
    public static let defaultMarkerSize = 7

    public var level: ConflictLevel
    public var style: ConflictStyle
    /// When set, conflicts are resolved this way and none are left.
    public var favor: ConflictFavor?
    /// Length of each conflict marker; 0 or less means `defaultMarkerSize` (as git).
    public var markerSize: Int
    public var labels: MergeLabels
    /// Passed to the two-way diffs (`DiffOptions.minimal`).
    public var minimal: Bool
    /// Lets the two diffs (base to target, base to source) run at once. The result is
    /// the same either way, so it takes no part in `==`.
    public var concurrency: Concurrency

    public init(
        level: ConflictLevel = .zealousAlnum, style: ConflictStyle = .merge,
        favor: ConflictFavor? = nil, markerSize: Int = MergeOptions.defaultMarkerSize,
        labels: MergeLabels = MergeLabels(), minimal: Bool = false, concurrency: Concurrency = .sequential
    ) {
        self.concurrency = concurrency
        self.level = level
        self.style = style
        self.favor = favor
        self.markerSize = markerSize
        self.labels = labels
        self.minimal = minimal
    }

    public static func == (lhs: MergeOptions, rhs: MergeOptions) -> Bool {
        lhs.level == rhs.level && lhs.style == rhs.style && lhs.favor == rhs.favor
            && lhs.markerSize == rhs.markerSize && lhs.labels == rhs.labels && lhs.minimal == rhs.minimal
    }

    /// The level actually used: the diff3 styles show the base, which only makes sense
    /// for conflicts that were not refined, so they stop at `eager` (as git does).
    public var effectiveLevel: ConflictLevel {
        style == .merge ? level : min(level, .eager)
    }

    /// The marker length actually written.
    public var effectiveMarkerSize: Int {
        markerSize > 0 ? markerSize : Self.defaultMarkerSize
    }
}
