extension EditPlanner {
    /// Ours' and theirs' hunks for a three-way input.
    struct MergePlan {
        var ours: [EditHunk] = []
        var theirs: [EditHunk] = []
    }

    /// The distance in unchanged base lines that keeps one side's hunk from touching the
    /// other's, even when a diff slides an insertion by a few lines.
    static let separation = 8

    /// Plans both sides: each edits ~1 % of the base, never closer than `separation` lines to
    /// the other side's hunks. With `sharedChance` > 0 (merge-conflict), that share of ours'
    /// hunks is also edited by theirs, half the time identically (clean for git, a `====2`
    /// block for diff3), half differently (a conflict).
    static func merge(baseCount: Int, sharedChance: Double, random: inout Xoshiro256) -> MergePlan {
        var plan = MergePlan()
        var allowed = [0, 0]  // first base line where ours (0) / theirs (1) may start a hunk
        for position in 0..<baseCount {
            let roll = random.unit()
            let side = roll < hunkStartChance ? 0 : roll < 2 * hunkStartChance ? 1 : -1
            guard side >= 0, position >= allowed[side] else { continue }
            let tag = side == 0 ? UInt8(ascii: "o") : UInt8(ascii: "t")
            guard let hunk = EditHunk.random(at: position, baseCount: baseCount, tag: tag, random: &random) else {
                continue
            }
            if side == 0, random.chance(sharedChance) {
                plan.ours.append(hunk)
                let identical = random.chance(0.5)
                plan.theirs.append(identical ? hunk : hunk.differentEdit(tag: UInt8(ascii: "t"), random: &random))
                allowed = [hunk.end + separation, hunk.end + separation]
                continue
            }
            if side == 0 { plan.ours.append(hunk) } else { plan.theirs.append(hunk) }
            allowed[side] = hunk.end + 1
            allowed[1 - side] = max(allowed[1 - side], hunk.end + separation)
        }
        return plan
    }
}
