/// Where each region of the open file starts among the aligned rows of the side panes.
///
/// A region takes as many rows as its longest side (the shorter sides are padded with
/// filler rows), plus a header row when it is a hunk. The rows never change while the
/// file is open (decisions change the result, not the sides), so the index is built
/// once; finding the region of a row is a binary search.
struct MergeRowIndex: Sendable {
    /// The first row of each region; `starts[regions]` is the total.
    private let starts: [Int]

    /// Rows for `document`'s regions, counting the base's lines when `withBase`.
    /// - Complexity: O(regions).
    init(_ document: MergeDocument, withBase: Bool) {
        var starts: [Int] = []
        starts.reserveCapacity(document.regions.count + 1)
        var row = 0
        for region in document.regions {
            starts.append(row)
            row += Self.rows(region, withBase: withBase)
        }
        starts.append(row)
        self.starts = starts
    }

    /// Rows of one region: the header of a hunk, then its longest side.
    static func rows(_ region: MergeDocumentRegion, withBase: Bool) -> Int {
        (region.hunk == nil ? 0 : 1) + max(region.target.count, region.source.count, withBase ? region.base.count : 0)
    }

    var totalRows: Int { starts[starts.count - 1] }

    func start(ofRegion index: Int) -> Int { starts[index] }

    /// The region holding `row` (the last one for rows past the end), and the row's
    /// offset in it. Regions without rows never hold one.
    /// - Complexity: O(log regions).
    func region(atRow row: Int) -> (region: Int, offset: Int) {
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= row { low = middle + 1 } else { high = middle }
        }
        let region = max(0, min(low - 1, starts.count - 2))
        return (region, row - starts[region])
    }
}
