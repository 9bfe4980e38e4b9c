import Migration

/// Where the Tree screen stands: the rows of the whole tree (built once per plan), which
/// of them show under the filter and the folds, the cursor, and the search.
///
/// Excluded paths are listed last, under an "excluded" row that starts folded, so they
/// are there to check but out of the way; they show only with the filter on `all`.
public struct TreeState: Sendable {
    /// Every row, folders before what they hold; never changes after `init`.
    public let rows: [TreeRow]
    /// The rows that show, as indices into `rows`, ascending.
    public private(set) var visible: [Int] = []
    /// Folders (and the excluded group) whose rows below are hidden, as indices into `rows`.
    public private(set) var folded: Set<Int> = []
    public private(set) var filter: TreeFilter = .all
    /// The cursor over `visible`.
    public private(set) var list = ListCursor()
    /// Columns the names are scrolled to the left by.
    public private(set) var scrollX = 0
    /// Moved modules' target files, by source path: where a moved file's imports go.
    public let movedTargets: [String: String]
    /// What is searched for, and the rows that match it under the filter, ascending.
    public internal(set) var needle = ListCursor.Needle("")
    public internal(set) var matches: [Int] = []
    /// The row the cursor was on when the search began: typing searches from there.
    var searchOrigin = 0
    /// The rows the list showed when last drawn: what a page is, and what the scroll follows.
    var windowRows = 20

    /// Columns one `h`/`l` scrolls.
    public static let scrollStep = 8

    public init(plan: Plan) {
        rows = TreeRow.rows(of: plan.scan)
        movedTargets = Dictionary(plan.movedModules.map { ($0.path, $0.targetPath) }, uniquingKeysWith: { first, _ in first })
        if let group = rows.lastIndex(where: { $0.kind == .excludedGroup }) { folded.insert(group) }
        rebuildVisible(keeping: 0)
    }

    /// The position of the cursor in `visible`.
    public var cursor: Int { list.index }
    public var searchText: String { needle.text }

    /// The index in `rows` of the row under the cursor, nil when nothing shows.
    public var selectedRow: Int? { visible.isEmpty ? nil : visible[list.index] }

    /// Moves the cursor by `delta` visible rows.
    mutating func move(by delta: Int) { list.move(by: delta, rows: windowRows) }
    /// Moves a page down (`direction` > 0) or up.
    mutating func page(_ direction: Int) { list.page(direction, rows: windowRows) }
    /// Puts the cursor on the `index`th visible row.
    mutating func select(visibleIndex index: Int) { list.select(index, rows: windowRows) }

    /// Shows the next filter of the cycle; the cursor stays on its row if it still shows.
    mutating func cycleFilter() {
        filter = filter.next
        rebuildVisible(keeping: selectedRow ?? 0)
        list.follow(rows: windowRows)
        matches = matchingRows()
    }

    /// Folds or unfolds the folder (or group) at `row`.
    mutating func toggleFold(_ row: Int) {
        guard self.rows[row].isFoldable else { return }
        if folded.remove(row) == nil { folded.insert(row) }
        rebuildVisible(keeping: row)
        list.follow(rows: windowRows)
    }

    mutating func scroll(by columns: Int, widest: Int) {
        scrollX = max(0, min(scrollX + columns, max(0, widest - Self.scrollStep)))
    }

    /// Puts the cursor on `row`, unfolding the folders it is in.
    mutating func reveal(_ row: Int) {
        var ancestor = rows[row].parent
        var unfolded = false
        while ancestor >= 0 {
            if folded.remove(ancestor) != nil { unfolded = true }
            ancestor = rows[ancestor].parent
        }
        if unfolded || visibleIndex(of: row) == nil { rebuildVisible(keeping: row) }
        list.select(visibleIndex(of: row) ?? list.index, rows: windowRows)
    }

    /// Where `row` is in `visible`, if it shows.
    public func visibleIndex(of row: Int) -> Int? {
        let at = lastVisible(atOrBefore: row)
        return at < visible.count && visible[at] == row ? at : nil
    }

    /// Rebuilds `visible` from the filter and the folds, with the cursor on `row`, or on the
    /// nearest row above it that shows (the folder it was folded into).
    /// - Complexity: O(rows shown + folders skipped).
    private mutating func rebuildVisible(keeping row: Int) {
        let allowed = filter.classes
        var shown: [Int] = []
        shown.reserveCapacity(visible.isEmpty ? rows.count : visible.count)
        var index = 0
        while index < rows.count {
            let candidate = rows[index]
            if candidate.classes.isDisjoint(with: allowed) {
                index = candidate.end
                continue
            }
            shown.append(index)
            index = candidate.isFoldable && folded.contains(index) ? candidate.end : index + 1
        }
        visible = shown
        list.resize(to: shown.count, keeping: lastVisible(atOrBefore: row))
    }

    /// The position in `visible` of the last row at or before `row` (0 when there is none).
    private func lastVisible(atOrBefore row: Int) -> Int {
        var low = 0, high = visible.count
        while low < high {
            let middle = (low + high) / 2
            if visible[middle] <= row { low = middle + 1 } else { high = middle }
        }
        return max(0, low - 1)
    }
}
