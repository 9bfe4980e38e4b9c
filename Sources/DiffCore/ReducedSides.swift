/// The two sides of a diff with the lines that cannot match taken out and marked.
///
/// A line whose content never occurs in the other side's range is deleted or inserted by
/// every edit script, so leaving it out of the search changes neither the result nor its
/// minimality; it only makes the search smaller. (GNU diff and xdiff also drop lines that
/// match too often when they sit among unmatched ones; that is what makes them miss the
/// minimum on block edits, so it is not done here: `MyersSearch` gives up early on
/// poorly matching stretches instead.)
struct ReducedSides {
    /// Ids of the lines that remain, in order. Which lines they are is not stored (four
    /// bytes a line, and memory a large diff pays in page faults): they are the lines of
    /// the ranges not marked changed here (`ChangeMarks` walks them again).
    var oldIDs: [Int32] = []
    var newIDs: [Int32] = []
    /// Occurrences of each id in the old and new texts, saturating at 65535.
    var oldCounts: [UInt16]
    var newCounts: [UInt16]

    /// Takes the lines out of `old[oldRange]` and `new[newRange]`, marking them changed in
    /// `oldMarks` and `newMarks`.
    init(
        old: [Int32], oldRange: Range<Int>, new: [Int32], newRange: Range<Int>,
        classCount: Int, oldMarks: inout [Bool], newMarks: inout [Bool]
    ) {
        // Counted over the whole texts, not just the ranges, as xdiff does: the result is
        // as exact either way, and the searches then break ties the way git's do.
        oldCounts = ReducedSides.count(old, old.indices, classCount)
        newCounts = ReducedSides.count(new, new.indices, classCount)
        oldIDs = ReducedSides.keep(old, oldRange, otherCounts: newCounts, marks: &oldMarks)
        newIDs = ReducedSides.keep(new, newRange, otherCounts: oldCounts, marks: &newMarks)
    }

    /// Occurrences of each id in `ids[range]`, saturating at 65535.
    private static func count(_ ids: [Int32], _ range: Range<Int>, _ classCount: Int) -> [UInt16] {
        var counts = [UInt16](repeating: 0, count: classCount)
        counts.withUnsafeMutableBufferPointer { counts in
            ids.withUnsafeBufferPointer { ids in
                for i in range {
                    let id = Int(ids[i]), count = counts[id]
                    counts[id] = count &+ (count == UInt16.max ? 0 : 1)
                }
            }
        }
        return counts
    }

    /// Keeps the lines of `ids[range]` whose content occurs on the other side and marks
    /// the others changed (`marks` is false in `range` before). Without branches: every
    /// id is written, and the count moves on only for a kept one.
    private static func keep(
        _ ids: [Int32], _ range: Range<Int>, otherCounts: [UInt16], marks: inout [Bool]
    ) -> [Int32] {
        [Int32](unsafeUninitializedCapacity: range.count) { kept, keptCount in
            keptCount = ids.withUnsafeBufferPointer { ids in
                otherCounts.withUnsafeBufferPointer { other in
                    marks.withUnsafeMutableBufferPointer { marks in
                        var k = 0
                        for i in range {
                            let id = ids[i], occurs = other[Int(id)] != 0
                            kept[k] = id
                            k &+= occurs ? 1 : 0
                            marks[i] = !occurs
                        }
                        return k
                    }
                }
            }
        }
    }
}
