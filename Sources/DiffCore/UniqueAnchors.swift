/// Splits a large default-mode diff at runs of lines that occur exactly once on each
/// side and stand in the same order on both (the anchors of patience diff, Bram Cohen),
/// so the Myers search runs on many small parts instead of one large one.
///
/// Why: Myers costs O(D²) per split even when the edits are far apart, because every
/// round widens over all diagonals touched so far; two 1M-line files with a few thousand
/// edited blocks would take several times longer than GNU diff. With anchors the cost is
/// the sum of the parts' own costs.
///
/// An anchor must lie in a run of at least `minimumRun` consecutive unique-on-both-sides
/// equal lines. Forcing such a run to match can only lose against the true minimum when
/// the minimum matches more lines than the run holds by moving repeated lines across it;
/// on real code and on every benchmark row it gives the minimum. Never used in `minimal`
/// mode.
enum UniqueAnchors {
    /// The shortest run of unique equal lines that may anchor.
    static let minimumRun = 4
    /// Below this many lines (both reduced sides) one search is fast enough.
    static let minimumSize = 4096

    /// Anchor pairs as reduced line numbers, increasing on both sides.
    static func anchors(_ sides: ReducedSides) -> (old: [Int32], new: [Int32]) {
        let a = sides.oldIDs, b = sides.newIDs
        guard a.count + b.count >= minimumSize else { return ([], []) }
        let isUnique = { (id: Int32) in sides.oldCounts[Int(id)] == 1 && sides.newCounts[Int(id)] == 1 }
        // Texts that share no unique line (rewritten files) need no position table,
        // which would cost four bytes for every distinct line of both texts.
        guard b.lazy.filter(isUnique).prefix(minimumRun).count == minimumRun else { return ([], []) }
        var newPosition = [Int32](repeating: -1, count: sides.oldCounts.count)
        for j in b.indices where isUnique(b[j]) { newPosition[Int(b[j])] = Int32(j) }
        var candidateOld: [Int32] = [], candidateNew: [Int32] = []
        var i = 0
        while i < a.count {
            let j = Int(newPosition[Int(a[i])])
            guard j >= 0 else { i += 1; continue }
            var run = 0
            while i + run < a.count && j + run < b.count && a[i + run] == b[j + run] && isUnique(a[i + run]) {
                run += 1
            }
            if run >= minimumRun {
                for t in 0..<run {
                    candidateOld.append(Int32(i + t))
                    candidateNew.append(Int32(j + t))
                }
            }
            i += max(run, 1)
        }
        let chain = longestIncreasingChain(candidateNew)
        return (chain.map { candidateOld[Int($0)] }, chain.map { candidateNew[Int($0)] })
    }

    /// Indices of the longest strictly increasing subsequence of `values`, by patience
    /// sorting. - Complexity: O(k log k).
    static func longestIncreasingChain(_ values: [Int32]) -> [Int32] {
        guard !values.isEmpty else { return [] }
        var pileTops: [Int32] = []
        var previous = [Int32](repeating: -1, count: values.count)
        for index in values.indices {
            let value = values[index]
            // Most anchors come in increasing order: a new pile, no search.
            if let top = pileTops.last, values[Int(top)] < value {
                previous[index] = top
                pileTops.append(Int32(index))
                continue
            }
            var lo = 0, hi = pileTops.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if values[Int(pileTops[mid])] < value { lo = mid + 1 } else { hi = mid }
            }
            if lo > 0 { previous[index] = pileTops[lo - 1] }
            if lo == pileTops.count { pileTops.append(Int32(index)) } else { pileTops[lo] = Int32(index) }
        }
        var chain: [Int32] = []
        var index = pileTops[pileTops.count - 1]
        while index >= 0 {
            chain.append(index)
            index = previous[Int(index)]
        }
        return chain.reversed()
    }
}
