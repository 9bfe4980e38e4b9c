/// The two sides of a diff with the lines that cannot match taken out.
///
/// A line whose content never occurs in the other side's range is deleted or inserted
/// by every edit script, so leaving it out of the search changes neither the result nor
/// its minimality; it only makes the search smaller. (xdiff and GNU diff go further and
/// also drop lines that match too often; that loses minimality, so it is not done here.)
struct ReducedSides {
    /// Ids of the lines that remain, in order.
    var oldIDs: [Int32] = []
    var newIDs: [Int32] = []
    /// Original line number of each remaining line.
    var oldLines: [Int32] = []
    var newLines: [Int32] = []
    /// Original line numbers of the lines taken out.
    var oldDiscarded: [Int] = []
    var newDiscarded: [Int] = []
    /// Occurrences of each id in the old and new ranges, saturating at 255.
    var oldCounts: [UInt8]
    var newCounts: [UInt8]

    init(old: [Int32], oldRange: Range<Int>, new: [Int32], newRange: Range<Int>, classCount: Int) {
        oldCounts = ReducedSides.count(old, oldRange, classCount)
        newCounts = ReducedSides.count(new, newRange, classCount)
        (oldIDs, oldLines, oldDiscarded) = ReducedSides.keep(old, oldRange, where: newCounts)
        (newIDs, newLines, newDiscarded) = ReducedSides.keep(new, newRange, where: oldCounts)
    }

    private static func count(_ ids: [Int32], _ range: Range<Int>, _ classCount: Int) -> [UInt8] {
        var counts = [UInt8](repeating: 0, count: classCount)
        for i in range {
            let id = Int(ids[i])
            if counts[id] != 255 { counts[id] += 1 }
        }
        return counts
    }

    private static func keep(
        _ ids: [Int32], _ range: Range<Int>, where otherCounts: [UInt8]
    ) -> ([Int32], [Int32], [Int]) {
        var kept: [Int32] = [], lines: [Int32] = [], dropped: [Int] = []
        kept.reserveCapacity(range.count)
        lines.reserveCapacity(range.count)
        for i in range {
            let id = ids[i]
            if otherCounts[Int(id)] != 0 {
                kept.append(id)
                lines.append(Int32(i))
            } else {
                dropped.append(i)
            }
        }
        return (kept, lines, dropped)
    }
}

/// A part of the reduced sides solved on its own: ranges of reduced line numbers.
struct ReducedPart: Equatable {
    var old: Range<Int>
    var new: Range<Int>
}
