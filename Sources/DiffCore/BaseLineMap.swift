/// Maps a position between target lines to the base lines it can stand for, through the
/// base→target changes.
///
/// Used to give refined conflict pieces their base lines: git splits a conflict by
/// diffing the target's and source's lines alone and leaves the base out, but a region
/// here must say which base lines it covers. A position in unchanged lines stands for
/// exactly one base position; a position inside (or at the edge of an empty side of) a
/// change can stand for any base position the change covers, so a piece that starts
/// there takes the change's base lines from their start and a piece that ends there
/// takes them to their end.
struct BaseLineMap {
    private let changes: [Change]

    init(_ baseToTarget: [Change]) {
        changes = baseToTarget
    }

    /// The earliest base position target position `t` can stand for.
    func earliest(_ t: Int) -> Int { bounds(t).earliest }

    /// The latest base position target position `t` can stand for.
    func latest(_ t: Int) -> Int { bounds(t).latest }

    /// - Complexity: O(log n) for n changes.
    private func bounds(_ t: Int) -> (earliest: Int, latest: Int) {
        // The last change that starts at or before t.
        var low = 0, high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid].new.lowerBound <= t { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return (t, t) }
        let change = changes[low - 1]
        if t > change.new.upperBound {
            let base = change.old.upperBound + (t - change.new.upperBound)
            return (base, base)
        }
        // At the edges of lines the change inserted, the position is exact.
        let inserted = !change.new.isEmpty
        let earliest = inserted && t == change.new.upperBound ? change.old.upperBound : change.old.lowerBound
        let latest = inserted && t == change.new.lowerBound ? change.old.lowerBound : change.old.upperBound
        return (earliest, latest)
    }
}
