/// Step 3 of `ThreeWayMerge`: makes conflicts smaller or fewer, as git's
/// `xdl_refine_conflicts`, `xdl_simplify_non_conflicts` and
/// `xdl_refine_zdiff3_conflicts` do.
struct ConflictRefinement {
    let targetIDs: [Int32]
    let sourceIDs: [Int32]
    let baseMap: BaseLineMap
    let diffOptions: DiffOptions
    private var localIDs: LocalIDs

    init(targetIDs: [Int32], sourceIDs: [Int32], classCount: Int,
         baseMap: BaseLineMap, diffOptions: DiffOptions) {
        self.targetIDs = targetIDs
        self.sourceIDs = sourceIDs
        self.baseMap = baseMap
        self.diffOptions = diffOptions
        self.localIDs = LocalIDs(classCount: classCount)
    }

    /// Splits every conflict whose sides both have lines by diffing the target's lines
    /// against the source's: lines they share become `bothSame`, the rest stay
    /// conflicts; a conflict whose sides are equal becomes `sidesEqual`.
    mutating func refined(_ hunks: [MergeHunk]) -> [MergeHunk] {
        var result: [MergeHunk] = []
        result.reserveCapacity(hunks.count)
        for hunk in hunks {
            guard hunk.kind == .conflict, !hunk.target.isEmpty, !hunk.source.isEmpty else {
                result.append(hunk)
                continue
            }
            let (old, new, classCount) = localIDs.renumber(targetIDs[hunk.target], sourceIDs[hunk.source])
            let changes = Diff.changes(old: old, new: new, classCount: classCount, options: diffOptions)
            if changes.isEmpty {
                result.append(MergeHunk(kind: .sidesEqual, base: hunk.base, target: hunk.target, source: hunk.source))
            } else {
                split(hunk, at: changes, into: &result)
            }
        }
        return result
    }

    /// Appends the pieces of `hunk`: conflicts for `changes` (relative to the hunk's
    /// start), `bothSame` for the lines between them.
    private func split(_ hunk: MergeHunk, at changes: [Change], into result: inout [MergeHunk]) {
        var base = hunk.base.lowerBound
        var target = hunk.target.lowerBound, source = hunk.source.lowerBound
        func append(_ kind: MergeHunk.Kind, targetEnd: Int, sourceEnd: Int, baseEnd: Int) {
            guard targetEnd > target || sourceEnd > source else { return }
            let end = min(max(baseEnd, base), hunk.base.upperBound)
            result.append(MergeHunk(
                kind: kind, base: base..<end, target: target..<targetEnd, source: source..<sourceEnd))
            (base, target, source) = (end, targetEnd, sourceEnd)
        }
        for change in changes {
            let start = hunk.target.lowerBound + change.old.lowerBound
            append(.bothSame, targetEnd: start, sourceEnd: hunk.source.lowerBound + change.new.lowerBound,
                   baseEnd: baseMap.earliest(start))
            let end = hunk.target.lowerBound + change.old.upperBound
            append(.conflict, targetEnd: end, sourceEnd: hunk.source.lowerBound + change.new.upperBound,
                   baseEnd: baseMap.latest(end))
        }
        append(.bothSame, targetEnd: hunk.target.upperBound, sourceEnd: hunk.source.upperBound,
               baseEnd: hunk.base.upperBound)
        // Whatever base lines are left belong with the last piece.
        result[result.count - 1].base = result[result.count - 1].base.lowerBound..<hunk.base.upperBound
    }

    /// Moves the lines that open or close both sides of a conflict alike out of it, as
    /// `bothSame` (zdiff3). The conflict keeps all its base lines, which the diff3
    /// section shows whole; the moved lines get none.
    static func trimmingSharedEnds(_ hunks: [MergeHunk], targetIDs: [Int32], sourceIDs: [Int32]) -> [MergeHunk] {
        var result: [MergeHunk] = []
        result.reserveCapacity(hunks.count)
        for var hunk in hunks {
            guard hunk.kind == .conflict else { result.append(hunk); continue }
            var t = hunk.target, s = hunk.source
            while !t.isEmpty && !s.isEmpty && targetIDs[t.lowerBound] == sourceIDs[s.lowerBound] {
                t = (t.lowerBound + 1)..<t.upperBound
                s = (s.lowerBound + 1)..<s.upperBound
            }
            while !t.isEmpty && !s.isEmpty && targetIDs[t.upperBound - 1] == sourceIDs[s.upperBound - 1] {
                t = t.lowerBound..<(t.upperBound - 1)
                s = s.lowerBound..<(s.upperBound - 1)
            }
            let b = hunk.base
            if t.lowerBound > hunk.target.lowerBound {
                result.append(MergeHunk(kind: .bothSame, base: b.lowerBound..<b.lowerBound,
                                        target: hunk.target.lowerBound..<t.lowerBound,
                                        source: hunk.source.lowerBound..<s.lowerBound))
            }
            let suffix = MergeHunk(kind: .bothSame, base: b.upperBound..<b.upperBound,
                                   target: t.upperBound..<hunk.target.upperBound,
                                   source: s.upperBound..<hunk.source.upperBound)
            (hunk.target, hunk.source) = (t, s)
            result.append(hunk)
            if !suffix.target.isEmpty { result.append(suffix) }
        }
        return result
    }
}
