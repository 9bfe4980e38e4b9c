/// Slides groups of changed lines to a canonical place, as git's `xdl_change_compact`
/// does (without the indent heuristic).
///
/// A group of deleted or inserted lines can often move up or down without changing the
/// texts (`a b a` → `a` can delete either `a b` or `b a`). Each group is slid as far
/// down as it goes, merging with groups it touches; then, if some position lines it up
/// with a group of changes on the other side, it moves back up to the lowest such
/// position, so a replacement shows as one hunk. The marks counted stay the same.
extension ChangeMarks {
    mutating func compact(old oldIDs: [Int32], new newIDs: [Int32]) {
        ChangeMarks.compact(&old, oldIDs, other: new)
        ChangeMarks.compact(&new, newIDs, other: old)
    }

    /// A run `start..<end` of marked lines (possibly empty) in one side.
    private struct Group {
        var start = 0
        var end = 0
    }

    private static func compact(_ marks: inout [Bool], _ ids: [Int32], other: [Bool]) {
        marks.withUnsafeMutableBufferPointer { marks in
            ids.withUnsafeBufferPointer { ids in
                other.withUnsafeBufferPointer { other in compact(marks, ids, other: other) }
            }
        }
    }

    private static func compact(
        _ marks: UnsafeMutableBufferPointer<Bool>, _ ids: UnsafeBufferPointer<Int32>, other: UnsafeBufferPointer<Bool>
    ) {
        let count = marks.count, otherCount = other.count
        var group = Group(), otherGroup = Group()
        while group.end < count && marks[group.end] { group.end += 1 }
        while otherGroup.end < otherCount && other[otherGroup.end] { otherGroup.end += 1 }

        func slideDown(_ g: inout Group) -> Bool {
            guard g.end < count, ids[g.start] == ids[g.end] else { return false }
            marks[g.start] = false
            marks[g.end] = true
            g.start += 1
            g.end += 1
            while g.end < count && marks[g.end] { g.end += 1 }
            return true
        }
        func slideUp(_ g: inout Group) -> Bool {
            guard g.start > 0, ids[g.start - 1] == ids[g.end - 1] else { return false }
            g.start -= 1
            g.end -= 1
            marks[g.start] = true
            marks[g.end] = false
            while g.start > 0 && marks[g.start - 1] { g.start -= 1 }
            return true
        }
        func next(_ g: inout Group, _ marks: UnsafeBufferPointer<Bool>) -> Bool {
            guard g.end < marks.count else { return false }
            g.start = g.end + 1
            g.end = g.start
            while g.end < marks.count && marks[g.end] { g.end += 1 }
            return true
        }
        func previous(_ g: inout Group, _ marks: UnsafeBufferPointer<Bool>) {
            precondition(g.start > 0, "change groups out of step")
            g.end = g.start - 1
            g.start = g.end
            while g.start > 0 && marks[g.start - 1] { g.start -= 1 }
        }

        /// Steps both groups over lines unchanged on both sides at once, all but the
        /// last: one at a time, each step would find two empty groups and do nothing.
        func skipUnchanged(_ g: inout Group, _ o: inout Group) {
            guard g.start == g.end, o.start == o.end else { return }
            let run = min(BoolRuns.unmarked(UnsafeBufferPointer(marks), from: g.end), BoolRuns.unmarked(other, from: o.end))
            guard run > 1 else { return }
            g.start += run - 1
            g.end = g.start
            o.start += run - 1
            o.end = o.start
        }

        while true {
            if group.end != group.start {
                var earliestEnd = 0
                var endMatchingOther = -1
                var size = 0
                repeat {
                    size = group.end - group.start
                    endMatchingOther = -1
                    while slideUp(&group) { previous(&otherGroup, other) }
                    earliestEnd = group.end
                    if otherGroup.end > otherGroup.start { endMatchingOther = group.end }
                    while slideDown(&group) {
                        _ = next(&otherGroup, other)
                        if otherGroup.end > otherGroup.start { endMatchingOther = group.end }
                    }
                } while size != group.end - group.start
                if group.end != earliestEnd && endMatchingOther != -1 {
                    while otherGroup.end == otherGroup.start {
                        _ = slideUp(&group)
                        previous(&otherGroup, other)
                    }
                }
            }
            if !next(&group, UnsafeBufferPointer(marks)) { break }
            _ = next(&otherGroup, other)
            skipUnchanged(&group, &otherGroup)
        }
    }
}
