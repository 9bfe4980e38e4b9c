/// One planned edit of a base text: where it starts, what it does, and the seed that fixes
/// its content.
///
/// Plans are made before any file is written so that a three-way input can give both sides
/// hunks that keep their distance (or deliberately overlap), and so that "the same change on
/// both sides" is simply the same `EditHunk` value.
struct EditHunk: Equatable {
    enum Kind: Equatable {
        /// Every line of the range is edited in place.
        case modify
        /// `length` lines copied from elsewhere in the corpus go before base line `start`.
        case insert
        /// The range is removed.
        case delete
    }

    let start: Int
    let length: Int
    let kind: Kind
    let seed: UInt64
    /// Marks the side's own edits (`LineMutation`), so different sides edit differently.
    let tag: UInt8

    /// How many base lines the hunk replaces (0 for an insertion).
    var baseLength: Int { kind == .insert ? 0 : length }
    /// The first base line after the hunk.
    var end: Int { start + baseLength }

    /// A random hunk at `start` of 1–10 lines, clipped to the base; nil if nothing is left.
    static func random(at start: Int, baseCount: Int, tag: UInt8, random: inout Xoshiro256) -> EditHunk? {
        let kind: Kind = [.modify, .insert, .delete][random.int(in: 0...2)]
        var length = random.int(in: 1...10)
        if kind != .insert { length = min(length, baseCount - start) }
        guard length > 0 else { return nil }
        return EditHunk(start: start, length: length, kind: kind, seed: random.seed(), tag: tag)
    }

    /// The same place edited in a way that surely differs from this hunk: a deletion becomes a
    /// modification, a modification or insertion gets new content with the other side's tag.
    func differentEdit(tag: UInt8, random: inout Xoshiro256) -> EditHunk {
        switch kind {
        case .delete, .modify:
            return EditHunk(start: start, length: length, kind: .modify, seed: random.seed(), tag: tag)
        case .insert:
            return EditHunk(start: start, length: random.int(in: 1...10), kind: .insert, seed: random.seed(), tag: tag)
        }
    }
}
