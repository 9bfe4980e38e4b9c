/// Three-way line merge: what the target and the source each changed in the base,
/// put together, with conflicts where their changes meet.
///
/// The algorithm is git's (`xdiff/xmerge.c`, Davide Libenzi and Johannes Schindelin),
/// so that `converge merge-file` and `git merge-file` agree byte for byte:
/// 1. diff base→target and base→source (one interning for all three texts);
/// 2. walk both change lists in base order: a change that overlaps or touches nothing
///    on the other side is taken as it is; overlapping changes are a conflict, unless
///    they are the same change (from level `eager`);
/// 3. refine (see `ConflictLevel` and `ConflictStyle`): diff the sides of each conflict
///    (`zealous`), join conflicts close together, or, in zdiff3, move the lines both
///    sides open or close with out of the conflict;
/// 4. fill the unchanged lines in between, giving regions that tile the three texts.
public enum ThreeWayMerge {
    /// Merges `target` and `source`, both descended from `base`.
    /// - Throws: `DiffCoreError.tooManyLines` when a text has 2^30 lines or more.
    /// - Complexity: two diffs of the base with each side, plus one diff of the sides
    ///   inside each conflict when refining.
    public static func merge(
        base: LineText, target: LineText, source: LineText, options: MergeOptions = MergeOptions()
    ) throws(DiffCoreError) -> MergeResult {
        let interned = try InternedTexts([base, target, source])
        let baseIDs = interned.ids[0], targetIDs = interned.ids[1], sourceIDs = interned.ids[2]
        let diffOptions = DiffOptions(minimal: options.minimal)
        let changes = Unchecked(value: BothChanges())
        // Two diffs at once hold both diffs' working memory at once: worth it only on
        // large inputs, where the fixed memory of the process does not dominate.
        let large = [base, target, source].reduce(0) { $0 + $1.bytes.count } > InternTable.largeInput
        (large ? options.concurrency : .sequential).both({
            changes.value.target = Diff.changes(
                old: baseIDs, new: targetIDs, classCount: interned.classCount, options: diffOptions)
        }, {
            changes.value.source = Diff.changes(
                old: baseIDs, new: sourceIDs, classCount: interned.classCount, options: diffOptions)
        })
        let targetChanges = changes.value.target, sourceChanges = changes.value.source
        var walk = ChangeWalk(
            targetChanges: targetChanges, sourceChanges: sourceChanges,
            targetIDs: targetIDs, sourceIDs: sourceIDs, level: options.effectiveLevel)
        var hunks = walk.hunksInBaseOrder()

        if options.style == .zdiff3 {
            hunks = ConflictRefinement.trimmingSharedEnds(hunks, targetIDs: targetIDs, sourceIDs: sourceIDs)
        } else if options.effectiveLevel >= .zealous {
            var refinement = ConflictRefinement(
                targetIDs: targetIDs, sourceIDs: sourceIDs, classCount: interned.classCount,
                baseMap: BaseLineMap(targetChanges), diffOptions: diffOptions)
            hunks = refinement.refined(hunks)
            hunks = ConflictRefinement.joiningCloseConflicts(
                hunks, target: target, lookingThroughPunctuation: options.effectiveLevel == .zealousAlnum)
        }
        let regions = hunks.regions(counts: (base.count, target.count, source.count))
        return MergeResult(base: base, target: target, source: source, regions: regions, options: options)
    }
}

/// Step 2 of `ThreeWayMerge`: walks the base→target and base→source changes together,
/// in base order, and lists the hunks (git's main loop in `xdl_do_merge`).
struct ChangeWalk {
    let targetChanges: [Change]
    let sourceChanges: [Change]
    let targetIDs: [Int32]
    let sourceIDs: [Int32]
    let level: ConflictLevel

    /// How far the target's and source's line numbers are ahead of the base's, after
    /// the changes walked so far.
    private var targetShift = 0, sourceShift = 0
    private var hunks: [MergeHunk] = []

    init(targetChanges: [Change], sourceChanges: [Change],
         targetIDs: [Int32], sourceIDs: [Int32], level: ConflictLevel) {
        self.targetChanges = targetChanges
        self.sourceChanges = sourceChanges
        self.targetIDs = targetIDs
        self.sourceIDs = sourceIDs
        self.level = level
    }

    /// The hunks, in base order.
    mutating func hunksInBaseOrder() -> [MergeHunk] {
        hunks.reserveCapacity(targetChanges.count + sourceChanges.count)
        var t = 0, s = 0
        while t < targetChanges.count && s < sourceChanges.count {
            let ours = targetChanges[t], theirs = sourceChanges[s]
            // Strictly before: changes that touch (end == start) are handled together.
            if ours.old.upperBound < theirs.old.lowerBound {
                takeTarget(ours)
                t += 1
            } else if theirs.old.upperBound < ours.old.lowerBound {
                takeSource(theirs)
                s += 1
            } else {
                meet(ours, theirs)
                // Move past whichever ends first in the base (both when they end alike).
                if ours.old.upperBound >= theirs.old.upperBound { advanceSource(theirs); s += 1 }
                if theirs.old.upperBound >= ours.old.upperBound { advanceTarget(ours); t += 1 }
            }
        }
        while t < targetChanges.count { takeTarget(targetChanges[t]); t += 1 }
        while s < sourceChanges.count { takeSource(sourceChanges[s]); s += 1 }
        return hunks
    }

    private mutating func takeTarget(_ change: Change) {
        hunks.appendJoining(MergeHunk(
            kind: .target, base: change.old, target: change.new,
            source: shifted(change.old, by: sourceShift)))
        advanceTarget(change)
    }

    private mutating func takeSource(_ change: Change) {
        hunks.appendJoining(MergeHunk(
            kind: .source, base: change.old, target: shifted(change.old, by: targetShift),
            source: change.new))
        advanceSource(change)
    }

    private mutating func advanceTarget(_ change: Change) {
        targetShift = change.new.upperBound - change.old.upperBound
    }

    private mutating func advanceSource(_ change: Change) {
        sourceShift = change.new.upperBound - change.old.upperBound
    }

    /// Two changes that overlap or touch in the base: one conflict covering both (each
    /// side widened by the unchanged lines it has where the other side's change
    /// reaches further), or nothing at all when they are the same change and the level
    /// allows it (the lines come through as unchanged-looking `bothSame`).
    private mutating func meet(_ ours: Change, _ theirs: Change) {
        if level >= .eager && ours.old == theirs.old && sameLines(ours.new, theirs.new) {
            hunks.append(MergeHunk(kind: .bothSame, base: ours.old, target: ours.new, source: theirs.new))
            return
        }
        let start = min(ours.old.lowerBound, theirs.old.lowerBound)
        let end = max(ours.old.upperBound, theirs.old.upperBound)
        hunks.appendJoining(MergeHunk(
            kind: .conflict, base: start..<end,
            target: widened(ours, to: start..<end), source: widened(theirs, to: start..<end)))
    }

    /// Whether the target's lines `a` equal the source's lines `b`.
    private func sameLines(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        a.count == b.count && targetIDs[a].elementsEqual(sourceIDs[b])
    }

    private func shifted(_ lines: Range<Int>, by shift: Int) -> Range<Int> {
        (lines.lowerBound + shift)..<(lines.upperBound + shift)
    }

    /// The side's lines for base lines `base`, which contain `change.old`: the change's
    /// new lines plus the unchanged lines around it.
    private func widened(_ change: Change, to base: Range<Int>) -> Range<Int> {
        (change.new.lowerBound - (change.old.lowerBound - base.lowerBound))
            ..< (change.new.upperBound + (base.upperBound - change.old.upperBound))
    }
}

/// The two diffs of a merge, each written by one side of `Concurrency.both`.
private final class BothChanges {
    var target: [Change] = []
    var source: [Change] = []
}
