/// Plans where the hunks of the `python`-based inputs go.
enum EditPlanner {
    /// The chance per base line that a hunk starts there: hunks average 5.5 lines, so this
    /// edits about 1 % of the lines.
    static let hunkStartChance = 0.01 / 5.5

    /// The two-way `python` pair edits a little more (~1.1 %): its minimal edit count then
    /// lands near PEERS.md's (1,460 at 100k, 14,722 at 1M).
    static let pairHunkStartChance = hunkStartChance * 1.12

    /// One side's hunks for the two-way `python` pair, at least one unchanged line apart.
    static func oneSide(baseCount: Int, random: inout Xoshiro256) -> [EditHunk] {
        var hunks: [EditHunk] = []
        var position = 0
        while position < baseCount {
            if random.chance(pairHunkStartChance),
               let hunk = EditHunk.random(at: position, baseCount: baseCount, tag: UInt8(ascii: "e"), random: &random) {
                hunks.append(hunk)
                position = hunk.end + 1
            } else {
                position += 1
            }
        }
        return hunks
    }
}
