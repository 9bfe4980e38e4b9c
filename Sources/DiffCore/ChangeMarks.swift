/// One flag per line of each side: true when the line is deleted (old) or inserted (new).
///
/// This is the form xdiff and GNU diff use between the search and the output: the search
/// marks lines, compaction slides groups of marks, and the changes are read off at the end.
struct ChangeMarks {
    var old: [Bool]
    var new: [Bool]

    /// Computes the marks of a diff between `oldIDs` and `newIDs`.
    init(old oldIDs: [Int32], new newIDs: [Int32], classCount: Int, options: DiffOptions) {
        let n = oldIDs.count, m = newIDs.count
        old = Array(repeating: false, count: n)
        new = Array(repeating: false, count: m)
        var lo = 0
        while lo < n && lo < m && oldIDs[lo] == newIDs[lo] { lo += 1 }
        var oldHi = n, newHi = m
        while oldHi > lo && newHi > lo && oldIDs[oldHi - 1] == newIDs[newHi - 1] {
            oldHi -= 1; newHi -= 1
        }
        if lo == oldHi || lo == newHi {
            for i in lo..<oldHi { old[i] = true }
            for j in lo..<newHi { new[j] = true }
            return
        }
        let reduced = ReducedSides(
            old: oldIDs, oldRange: lo..<oldHi, new: newIDs, newRange: lo..<newHi,
            classCount: classCount, oldMarks: &old, newMarks: &new)
        markSearched(reduced, oldRange: lo..<oldHi, newRange: lo..<newHi, options: options)
    }

    /// Runs the search over the reduced sides, part by part between anchors, and copies
    /// its marks back to the lines of `oldRange` and `newRange` that were kept.
    private mutating func markSearched(
        _ reduced: ReducedSides, oldRange: Range<Int>, newRange: Range<Int>, options: DiffOptions
    ) {
        let n = reduced.oldIDs.count, m = reduced.newIDs.count
        var reducedOld = [Bool](repeating: false, count: n)
        var reducedNew = [Bool](repeating: false, count: m)
        let anchors = options.minimal || Self.isCheap(reduced) ? (old: [], new: []) : UniqueAnchors.anchors(reduced)
        reduced.oldIDs.withUnsafeBufferPointer { a in
            reduced.newIDs.withUnsafeBufferPointer { b in
                reducedOld.withUnsafeMutableBufferPointer { ma in
                    reducedNew.withUnsafeMutableBufferPointer { mb in
                        var oldStart = 0, newStart = 0
                        for k in 0...anchors.old.count {
                            let i = k < anchors.old.count ? Int(anchors.old[k]) : n
                            let j = k < anchors.new.count ? Int(anchors.new[k]) : m
                            if oldStart < i || newStart < j {
                                MyersSearch.run(
                                    a: UnsafeBufferPointer(rebasing: a[oldStart..<i]),
                                    b: UnsafeBufferPointer(rebasing: b[newStart..<j]),
                                    markA: UnsafeMutableBufferPointer(rebasing: ma[oldStart..<i]),
                                    markB: UnsafeMutableBufferPointer(rebasing: mb[newStart..<j]),
                                    minimal: options.minimal, concurrency: options.concurrency)
                            }
                            oldStart = i + 1
                            newStart = j + 1
                        }
                    }
                }
            }
        }
        Self.copy(reducedOld, toKeptLinesOf: &old, in: oldRange)
        Self.copy(reducedNew, toKeptLinesOf: &new, in: newRange)
    }

    /// Gives the `k`-th line of `range` not yet marked the `k`-th mark of `searched`: the
    /// reduced sides kept exactly those lines, in order.
    private static func copy(_ searched: [Bool], toKeptLinesOf marks: inout [Bool], in range: Range<Int>) {
        searched.withUnsafeBufferPointer { searched in
            marks.withUnsafeMutableBufferPointer { marks in
                var k = 0
                for i in range where !marks[i] {
                    marks[i] = searched[k]
                    k &+= 1
                }
            }
        }
    }

    /// Whether one search over the reduced sides is cheap anyway (their edit distance is
    /// at most about 512), so that finding anchors would cost more than it saves.
    private static func isCheap(_ reduced: ReducedSides) -> Bool {
        reduced.oldIDs.withUnsafeBufferPointer { a in
            reduced.newIDs.withUnsafeBufferPointer { b in MyersSearch.isCheap(a: a, b: b, rounds: 256) }
        }
    }

    /// Reads the changes off the marks, in increasing order.
    func changes() -> [Change] {
        old.withUnsafeBufferPointer { old in
            new.withUnsafeBufferPointer { new in Self.changes(old: old, new: new) }
        }
    }

    private static func changes(old: UnsafeBufferPointer<Bool>, new: UnsafeBufferPointer<Bool>) -> [Change] {
        var result: [Change] = []
        var i = 0, j = 0
        let n = old.count, m = new.count
        while i < n || j < m {
            if (i < n && old[i]) || (j < m && new[j]) {
                let i0 = i, j0 = j
                while i < n && old[i] { i &+= 1 }
                while j < m && new[j] { j &+= 1 }
                result.append(Change(old: i0..<i, new: j0..<j))
            } else {
                let skip = min(BoolRuns.unmarked(old, from: i), BoolRuns.unmarked(new, from: j))
                i &+= max(skip, 1)
                j &+= max(skip, 1)
            }
        }
        return result
    }
}
