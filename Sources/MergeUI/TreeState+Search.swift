import Migration

extension TreeState {
    /// Starts a search from the row under the cursor (`/`).
    mutating func beginSearch() {
        searchOrigin = selectedRow ?? 0
    }

    /// The search text changed: the cursor goes to the first match at or after the row
    /// where the search began (wrapping), unfolding what hides it; with no match, or no
    /// text, it goes back to that row. `plan` is the one the rows were built from.
    mutating func search(_ text: String, in plan: Plan) {
        needle = ListCursor.Needle(text)
        matches = matchingRows()
        let target = matches.first { $0 >= searchOrigin } ?? matches.first ?? searchOrigin
        if target < rows.count { reveal(target) }
    }

    /// Drops the search: no match is highlighted any more.
    mutating func clearSearch() {
        needle = ListCursor.Needle("")
        matches = []
    }

    /// Goes to the next match after the cursor's row (`forward`) or the one before it,
    /// wrapping around; false when nothing matches.
    mutating func jumpToMatch(forward: Bool) -> Bool {
        guard !matches.isEmpty else { return false }
        let current = selectedRow ?? 0
        let target = forward
            ? matches.first { $0 > current } ?? matches[0]
            : matches.last { $0 < current } ?? matches[matches.count - 1]
        reveal(target)
        return true
    }

    /// Which match the cursor is on (from 1), for the counts line; nil when it is on none.
    public var matchNumber: Int? {
        guard let row = selectedRow, !matches.isEmpty else { return nil }
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle] < row { low = middle + 1 } else { high = middle }
        }
        return low < matches.count && matches[low] == row ? low + 1 : nil
    }

    /// The folders and files whose name holds the search text, among those the filter
    /// lets through (folded ones included: a jump unfolds them).
    /// - Complexity: O(rows · name length).
    func matchingRows() -> [Int] {
        guard !needle.isEmpty else { return [] }
        let allowed = filter.classes
        var found: [Int] = []
        for (index, row) in rows.enumerated() where row.kind != .excludedGroup && !row.classes.isDisjoint(with: allowed) {
            if needle.range(inLowered: row.loweredName) != nil { found.append(index) }
        }
        return found
    }
}
