/// One stretch of a three-way merge, with the lines it covers in each text.
///
/// The regions of a `MergeResult` tile all three texts: in order, each region starts
/// where the one before it ended, in the base, the target and the source alike.
/// So a region's ranges can be empty (an insertion, a deletion) but never overlap.
public enum MergeRegion: Equatable, Hashable, Sendable {
    /// Lines no side changed: equal in all three texts.
    case unchanged(base: Range<Int>, target: Range<Int>, source: Range<Int>)
    /// Only the target changed these base lines: the merge takes the target's lines
    /// (the source's lines are still the base's).
    case target(base: Range<Int>, target: Range<Int>, source: Range<Int>)
    /// Only the source changed these base lines: the merge takes the source's lines.
    case source(base: Range<Int>, target: Range<Int>, source: Range<Int>)
    /// Both sides changed the base the same way, or a refined conflict's sides share
    /// these lines: the merge takes them once (the target's copy).
    case bothSame(base: Range<Int>, target: Range<Int>, source: Range<Int>)
    /// The sides changed these lines differently: someone must decide.
    ///
    /// Refined conflicts (level `zealous` and up) are found by diffing the two sides,
    /// which git does without the base; each piece gets the base lines that the
    /// base→target diff ties to its target lines (lines replaced by several pieces go
    /// to the first). In zdiff3 a conflict keeps all its base lines, and the lines moved
    /// out of it (`bothSame`) get none.
    case conflict(base: Range<Int>, target: Range<Int>, source: Range<Int>)

    /// The base lines the region covers.
    public var base: Range<Int> { ranges.base }
    /// The target lines the region covers.
    public var target: Range<Int> { ranges.target }
    /// The source lines the region covers.
    public var source: Range<Int> { ranges.source }

    /// True for `.conflict`.
    public var isConflict: Bool {
        if case .conflict = self { return true }
        return false
    }

    /// All three ranges at once.
    public var ranges: (base: Range<Int>, target: Range<Int>, source: Range<Int>) {
        switch self {
        case .unchanged(let b, let t, let s), .target(let b, let t, let s),
             .source(let b, let t, let s), .bothSame(let b, let t, let s),
             .conflict(let b, let t, let s):
            return (b, t, s)
        }
    }
}

/// The outcome of a three-way merge: the three texts and the regions that tile them.
public struct MergeResult: Sendable {
    public let base: LineText
    public let target: LineText
    public let source: LineText
    /// In order; see `MergeRegion` for the tiling invariant.
    public let regions: [MergeRegion]
    /// The options the merge ran with (the writer uses their style, labels and favor).
    public let options: MergeOptions

    /// The number of `.conflict` regions.
    public let conflictCount: Int

    init(base: LineText, target: LineText, source: LineText,
         regions: [MergeRegion], options: MergeOptions) {
        self.base = base
        self.target = target
        self.source = source
        self.regions = regions
        self.options = options
        self.conflictCount = regions.reduce(0) { $0 + ($1.isConflict ? 1 : 0) }
    }

    /// True when nothing is left to decide: no conflicts, or `options.favor` decides them.
    public var isClean: Bool { unresolvedConflictCount == 0 }

    /// Conflicts the written output leaves with markers: `conflictCount`, or 0 when
    /// `options.favor` resolves them (git merge-file's exit code, before the cap).
    public var unresolvedConflictCount: Int {
        options.favor == nil ? conflictCount : 0
    }
}
