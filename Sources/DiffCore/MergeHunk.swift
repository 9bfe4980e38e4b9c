/// A changed stretch of a merge in the making: the working form of the hunk list in
/// git's `xdiff/xmerge.c` (`xdmerge_t`), before the unchanged lines between hunks are
/// filled in as regions.
struct MergeHunk: Equatable {
    enum Kind: Equatable {
        /// Only the target changed the base here.
        case target
        /// Only the source changed the base here.
        case source
        /// Both sides hold the same lines: an identical change, or lines two refined
        /// conflict pieces share. git never lists these, so conflict joining looks
        /// through them (they count as lines between conflicts).
        case bothSame
        /// A conflict whose sides turned out equal when refined (git's mode 4): clean,
        /// and, unlike `bothSame`, it keeps the conflicts around it apart.
        case sidesEqual
        case conflict
    }

    var kind: Kind
    var base: Range<Int>
    var target: Range<Int>
    var source: Range<Int>

    /// Whether conflict joining sees this hunk (git lists it) or looks through it.
    var isListed: Bool { kind != .bothSame }

    /// The region this hunk becomes.
    var region: MergeRegion {
        switch kind {
        case .target: return .target(base: base, target: target, source: source)
        case .source: return .source(base: base, target: target, source: source)
        case .bothSame, .sidesEqual: return .bothSame(base: base, target: target, source: source)
        case .conflict: return .conflict(base: base, target: target, source: source)
        }
    }
}

extension Array where Element == MergeHunk {
    /// Appends `hunk`, or widens the last hunk over it when the two overlap or touch in
    /// the target or in the source (git's `xdl_append_merge`). Hunks of different kinds
    /// widened into one become a conflict: the sides' changes are next to each other
    /// and no order of the two is safe to pick.
    mutating func appendJoining(_ hunk: MergeHunk) {
        guard let last = self.last, last.isListed, hunk.isListed,
              hunk.target.lowerBound <= last.target.upperBound
                || hunk.source.lowerBound <= last.source.upperBound
        else {
            append(hunk)
            return
        }
        // The new hunk's ends win, even when before the last one's: a conflict is first
        // sized as if each side were unchanged up to the other side's end, and a later
        // change of that side, met next, corrects it.
        self[count - 1] = MergeHunk(
            kind: last.kind == hunk.kind ? last.kind : .conflict,
            base: last.base.lowerBound..<hunk.base.upperBound,
            target: last.target.lowerBound..<hunk.target.upperBound,
            source: last.source.lowerBound..<hunk.source.upperBound)
    }

    /// The regions of a merge: the hunks in order, with `.unchanged` regions for the
    /// lines between them, so that the regions tile texts of `counts` lines.
    func regions(counts: (base: Int, target: Int, source: Int)) -> [MergeRegion] {
        var regions: [MergeRegion] = []
        regions.reserveCapacity(count * 2 + 1)
        var base = 0, target = 0, source = 0
        func fillUnchanged(upTo targetEnd: Int) {
            let length = targetEnd - target
            guard length > 0 else { return }
            regions.append(.unchanged(
                base: base..<(base + length), target: target..<targetEnd,
                source: source..<(source + length)))
            base += length
            target = targetEnd
            source += length
        }
        for hunk in self {
            fillUnchanged(upTo: hunk.target.lowerBound)
            assert(hunk.base.lowerBound == base && hunk.source.lowerBound == source,
                   "merge hunks out of step with the texts")
            regions.append(hunk.region)
            base = hunk.base.upperBound
            target = hunk.target.upperBound
            source = hunk.source.upperBound
        }
        fillUnchanged(upTo: counts.target)
        assert(base == counts.base && source == counts.source, "merge regions do not tile the texts")
        return regions
    }
}
