/// Splits a large diff at lines that occur exactly once on each side and appear in the
/// same order on both (the anchors of patience diff, Bram Cohen), so that the Myers
/// search runs on many small parts instead of one large one.
///
/// Why: Myers costs O(D²) per split even when the edits are far apart, because each
/// search widens over every diagonal it has touched; 1M-line files with a few thousand
/// blocks of edits would take seconds. Anchors cut that to the sum of the parts' costs.
/// An anchor must also sit next to another matching line, so a lone unique line that
/// moved far away does not pin the alignment. Used only above `minimumSize` and never
/// in `minimal` mode, where the result must be the proven minimum.
enum UniqueAnchors {
    /// Below this many reduced lines (both sides) a single search is fast enough.
    static let minimumSize = 20_000

    /// The parts to search, in order; lines between parts are matched anchors.
    static func parts(_ sides: ReducedSides) -> [ReducedPart] {
        let n = sides.oldIDs.count, m = sides.newIDs.count
        let whole = [ReducedPart(old: 0..<n, new: 0..<m)]
        guard n + m >= minimumSize else { return whole }
        let anchors = anchorPairs(sides)
        guard !anchors.isEmpty else { return whole }
        var parts: [ReducedPart] = []
        parts.reserveCapacity(anchors.count + 1)
        var oldStart = 0, newStart = 0
        for (i, j) in anchors {
            if oldStart < i || newStart < j {
                parts.append(ReducedPart(old: oldStart..<i, new: newStart..<j))
            }
            oldStart = i + 1
            newStart = j + 1
        }
        if oldStart < n || newStart < m {
            parts.append(ReducedPart(old: oldStart..<n, new: newStart..<m))
        }
        return parts
    }

    /// The longest chain of unique-on-both-sides pairs increasing on both sides.
    /// - Complexity: O(k log k) for k candidate pairs.
    static func anchorPairs(_ sides: ReducedSides) -> [(Int, Int)] {
        let a = sides.oldIDs, b = sides.newIDs
        var newPosition = [Int32](repeating: -1, count: sides.newCounts.count)
        for j in 0..<b.count where sides.newCounts[Int(b[j])] == 1 && sides.oldCounts[Int(b[j])] == 1 {
            newPosition[Int(b[j])] = Int32(j)
        }
        var candidates: [(Int, Int)] = []
        for i in 0..<a.count {
            let j = Int(newPosition[Int(a[i])])
            guard j >= 0 else { continue }
            let before = i > 0 && j > 0 && a[i - 1] == b[j - 1]
            let after = i + 1 < a.count && j + 1 < b.count && a[i + 1] == b[j + 1]
            if before || after { candidates.append((i, j)) }
        }
        return longestIncreasingChain(candidates)
    }

    /// Patience sorting over the new positions (old positions already increase).
    private static func longestIncreasingChain(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
        guard !pairs.isEmpty else { return [] }
        var pileTops: [Int] = []          // index into pairs of each pile's top
        var previous = [Int](repeating: -1, count: pairs.count)
        for index in pairs.indices {
            let j = pairs[index].1
            var lo = 0, hi = pileTops.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if pairs[pileTops[mid]].1 < j { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[index] = pileTops[lo - 1] }
            if lo == pileTops.count { pileTops.append(index) } else { pileTops[lo] = index }
        }
        var chain: [(Int, Int)] = []
        var index = pileTops[pileTops.count - 1]
        while index >= 0 {
            chain.append(pairs[index])
            index = previous[index]
        }
        return chain.reversed()
    }
}
