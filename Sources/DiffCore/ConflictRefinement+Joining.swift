extension ConflictRefinement {
    /// Joins conflicts with few lines between them into one conflict, as git's
    /// `xdl_simplify_non_conflicts`: two conflicts at most three target lines apart,
    /// or (with `lookingThroughPunctuation`, level `zealousAlnum`) any distance apart
    /// when no line between them has an ASCII letter or digit. The joined conflict
    /// takes in the lines between, which then appear on both sides: that reads as less
    /// (or as much) than two conflicts with a few lines of braces in between.
    ///
    /// Only conflicts that git lists next to each other are joined: `bothSame` hunks
    /// between them are looked through, any other hunk keeps them apart.
    static func joiningCloseConflicts(
        _ hunks: [MergeHunk], target: LineText, lookingThroughPunctuation: Bool
    ) -> [MergeHunk] {
        var result: [MergeHunk] = []
        result.reserveCapacity(hunks.count)
        var lastListed: Int? = nil
        for hunk in hunks {
            guard hunk.isListed else { result.append(hunk); continue }
            if let last = lastListed, result[last].kind == .conflict, hunk.kind == .conflict,
               mayJoin(result[last].target.upperBound..<hunk.target.lowerBound,
                       of: target, lookingThroughPunctuation: lookingThroughPunctuation) {
                let first = result[last]
                result.removeSubrange((last + 1)...)
                result[last] = MergeHunk(
                    kind: .conflict,
                    base: first.base.lowerBound..<hunk.base.upperBound,
                    target: first.target.lowerBound..<hunk.target.upperBound,
                    source: first.source.lowerBound..<hunk.source.upperBound)
            } else {
                result.append(hunk)
                lastListed = result.count - 1
            }
        }
        return result
    }

    /// Whether the target lines `between` two conflicts are few or plain enough to
    /// be taken into one conflict.
    private static func mayJoin(_ between: Range<Int>, of target: LineText, lookingThroughPunctuation: Bool) -> Bool {
        if between.count <= 3 { return true }
        guard lookingThroughPunctuation else { return false }
        return !containsLetterOrDigit(target.bytes[target.byteRange(ofLines: between)])
    }

    /// ASCII letters and digits only, as git's `isalnum` (its own locale-free table).
    private static func containsLetterOrDigit(_ bytes: Slice<TextBytes>) -> Bool {
        bytes.contains { byte in
            (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
    }
}
