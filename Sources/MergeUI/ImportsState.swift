import Migration

/// Where the Imports screen stands: the proposals grouped by file and kind, which
/// groups are folded, the selected entry, and how far the list is scrolled.
///
/// The list is built once from the plan (O(P)) and again only when a group folds or
/// unfolds; a key that moves or decides touches the current entry only.
public struct ImportsState: Sendable {
    /// The selected entry (index into `entries`).
    public internal(set) var cursor = 0
    /// The first list row shown.
    public internal(set) var scroll = 0
    /// Columns of the before and after text scrolled off to the left.
    public internal(set) var column = 0
    public private(set) var searchText = ""
    let groups: ImportsGroups
    /// Folded file and kind headers.
    private(set) var collapsed: Set<ImportsEntry> = []
    /// What the list shows, in order.
    private(set) var entries: [ImportsEntry] = []
    /// The first row of each entry, and the number of rows after the last.
    private(set) var rowStarts: [Int] = [0]
    /// The counts the header shows, for the decisions they were counted under.
    var totals: ImportsTotals?

    public init(plan: Plan) {
        groups = ImportsGroups(proposals: plan.proposals)
        rebuild(keeping: nil)
    }

    /// The selected entry; nil when the plan has no proposals.
    var current: ImportsEntry? { entries.indices.contains(cursor) ? entries[cursor] : nil }

    /// All rows of the list.
    var rowCount: Int { rowStarts.last ?? 0 }

    /// Lists the entries again after a fold, keeping `entry` selected when it is still shown.
    private mutating func rebuild(keeping entry: ImportsEntry?) {
        var list: [ImportsEntry] = groups.kinds.indices.map { .everyKind($0) }
        for (fileIndex, file) in groups.files.enumerated() {
            list.append(.file(fileIndex))
            guard !collapsed.contains(.file(fileIndex)) else { continue }
            for (groupIndex, group) in file.groups.enumerated() {
                list.append(.group(file: fileIndex, group: groupIndex))
                guard !collapsed.contains(.group(file: fileIndex, group: groupIndex)) else { continue }
                list += group.proposals.map { .proposal(file: fileIndex, group: groupIndex, index: $0) }
            }
        }
        var starts = [0]
        starts.reserveCapacity(list.count + 1)
        for item in list { starts.append(starts[starts.count - 1] + item.height) }
        entries = list
        rowStarts = starts
        if let entry, let index = list.firstIndex(of: entry) { cursor = index }
        cursor = min(cursor, max(0, list.count - 1))
    }

    /// Folds or unfolds the selected header; false when the cursor is not on a file or kind header.
    mutating func toggleFold() -> Bool {
        guard let entry = current else { return false }
        switch entry {
        case .file, .group:
            if collapsed.remove(entry) == nil { collapsed.insert(entry) }
            rebuild(keeping: entry)
            return true
        case .everyKind, .proposal:
            return false
        }
    }

    /// Moves the cursor by `count` entries, stopping at either end.
    mutating func move(by count: Int) {
        cursor = min(max(0, cursor + count), max(0, entries.count - 1))
    }

    /// Moves the cursor by about `rows` rows (a page), stopping at either end.
    mutating func move(rows: Int) {
        guard !entries.isEmpty else { return }
        let row = min(max(0, rowStarts[cursor] + rows), rowCount - 1)
        cursor = entry(atRow: row)
    }

    mutating func moveToTop() { cursor = 0 }
    mutating func moveToBottom() { cursor = max(0, entries.count - 1) }

    mutating func scroll(columns: Int) { column = max(0, column + columns) }

    /// The entry drawn on list row `row`.
    /// - Complexity: O(log E).
    func entry(atRow row: Int) -> Int {
        var low = 0
        var high = entries.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if rowStarts[middle] <= row { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The first row to show in a list of `rows` rows so that the whole selected entry
    /// is visible, moving as little as possible from `scroll`.
    func firstRow(showing rows: Int) -> Int {
        guard !entries.isEmpty, rows > 0 else { return 0 }
        let top = rowStarts[cursor]
        let bottom = rowStarts[cursor + 1]
        var first = min(scroll, max(0, rowCount - rows))
        if top < first { first = top }
        if bottom > first + rows { first = bottom - rows }
        return max(0, first)
    }

    /// Scrolls so that the selected entry shows in a list of `rows` rows.
    mutating func reveal(rows: Int) { scroll = firstRow(showing: rows) }

    /// Selects the first proposal from the cursor on whose path, before or after text
    /// contains `text` (ignoring case), unfolding its groups; an empty text only clears the search.
    mutating func search(_ text: String, in plan: Plan) {
        searchText = text
        guard !text.isEmpty else { return }
        select(firstMatch(in: plan, from: startPosition(), step: 1))
    }

    /// Selects the next (or previous) proposal that matches the last search; false when none does.
    mutating func nextMatch(in plan: Plan, forward: Bool) -> Bool {
        guard !searchText.isEmpty else { return false }
        let start = startPosition() + (forward ? 1 : -1)
        guard let found = firstMatch(in: plan, from: start, step: forward ? 1 : -1) else { return false }
        select(found)
        return true
    }

    /// Where in list order a search starts: the selected proposal, or a header's first proposal.
    private func startPosition() -> Int {
        guard let entry = current else { return 0 }
        switch entry {
        case .everyKind: return 0
        case .proposal(_, _, let index): return groups.places[index].position
        case .file(let file): return groups.files[file].proposals.first.map { groups.places[$0].position } ?? 0
        case .group(let file, let group): return groups.files[file].groups[group].proposals.first.map { groups.places[$0].position } ?? 0
        }
    }

    /// The first proposal in list order from `start` (wrapping around) that matches the search.
    /// - Complexity: O(P) string searches at worst.
    private func firstMatch(in plan: Plan, from start: Int, step: Int) -> Int? {
        let count = groups.order.count
        guard count > 0 else { return nil }
        let needle = searchText.lowercased()
        for offset in 0..<count {
            let index = groups.order[((start + step * offset) % count + count) % count]
            let proposal = plan.proposals[index]
            if [proposal.path, proposal.before, proposal.after].contains(where: { $0.lowercased().contains(needle) }) {
                return index
            }
        }
        return nil
    }

    /// Selects a proposal (by index into `plan.proposals`), unfolding its file and kind group.
    private mutating func select(_ index: Int?) {
        guard let index else { return }
        let place = groups.places[index]
        let entry = ImportsEntry.proposal(file: place.file, group: place.group, index: index)
        let folds: [ImportsEntry] = [.file(place.file), .group(file: place.file, group: place.group)]
        if folds.contains(where: { collapsed.contains($0) }) {
            folds.forEach { collapsed.remove($0) }
            rebuild(keeping: entry)
        } else if let found = entries.firstIndex(of: entry) {
            cursor = found
        }
    }
}
