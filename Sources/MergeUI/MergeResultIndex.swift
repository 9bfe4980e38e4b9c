/// How many result lines each region of the open file has under the current decisions,
/// with the sums before each region: a Fenwick tree (Fenwick 1994), so one decision
/// updates the index and a row is found in O(log regions), never O(file) per key.
struct MergeResultIndex: Sendable {
    private(set) var counts: [Int]
    /// `tree[i]` (from 1) holds the sum of `counts` over `(i - lowbit(i)) ..< i`.
    private var tree: [Int]

    /// - Complexity: O(regions).
    init(counts: [Int]) {
        self.counts = counts
        var tree = [0] + counts
        for index in 1..<max(1, tree.count) {
            let parent = index + (index & -index)
            if parent < tree.count { tree[parent] += tree[index] }
        }
        self.tree = tree
    }

    var totalLines: Int { prefix(counts.count) }

    /// Result lines before region `region`.
    func prefix(_ region: Int) -> Int {
        var sum = 0, index = region
        while index > 0 {
            sum += tree[index]
            index -= index & -index
        }
        return sum
    }

    mutating func set(_ region: Int, count: Int) {
        let delta = count - counts[region]
        guard delta != 0 else { return }
        counts[region] = count
        var index = region + 1
        while index < tree.count {
            tree[index] += delta
            index += index & -index
        }
    }

    /// The region holding result line `line`, and the line's offset in it; regions
    /// without lines never hold one. Lines past the end give the region count.
    func region(atLine line: Int) -> (region: Int, offset: Int) {
        var position = 0, remaining = line
        var step = 1
        while step * 2 < tree.count { step *= 2 }
        while step > 0 {
            let next = position + step
            if next < tree.count, tree[next] <= remaining {
                position = next
                remaining -= tree[next]
            }
            step /= 2
        }
        return (position, remaining)
    }
}
