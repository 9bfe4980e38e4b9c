import Migration

/// Where the Conflicts screen stands: the conflict files (merges and combined
/// `__init__.py` files, in path order), the cursor, and the search.
public struct ConflictsState: Sendable {
    /// The conflict files, in path order; never changes after `init`.
    public let paths: [String]
    /// The cursor over `paths`.
    public private(set) var list: ListCursor
    /// What is searched for, and the files whose path holds it (indices into `paths`).
    public private(set) var needle = ListCursor.Needle("")
    public private(set) var matches: [Int] = []
    /// The file the cursor was on when the search began: typing searches from there.
    private var searchOrigin = 0
    /// The rows the list showed when last drawn: what a page is, and what the scroll follows.
    var windowRows = 20

    public init(plan: Plan) {
        paths = (plan.merges.map(\.path) + plan.initFiles.map(\.path)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        list = ListCursor(count: paths.count)
    }

    public var cursor: Int { list.index }
    public var searchText: String { needle.text }

    /// The file under the cursor, nil when there is none.
    public var selectedPath: String? { paths.isEmpty ? nil : paths[list.index] }

    /// The file the merge view opens when none is open: the first with an unresolved
    /// conflict, else the first that waits for review, else the first.
    /// - Complexity: O(hunks of the files before it).
    public func firstPath(in state: AppState) -> String? {
        let statuses = paths.lazy.map { ConflictsFileStatus(path: $0, plan: state.plan, session: state.session) }
        if let index = statuses.firstIndex(where: { $0.unresolved > 0 }) { return paths[index] }
        if let index = statuses.firstIndex(where: \.needsReview) { return paths[index] }
        return paths.first
    }

    mutating func move(by delta: Int) { list.move(by: delta, rows: windowRows) }
    mutating func page(_ direction: Int) { list.page(direction, rows: windowRows) }
    mutating func select(_ index: Int) { list.select(index, rows: windowRows) }

    /// The next file (`forward`) or the previous one from the cursor, wrapping, whose
    /// status passes `test`; nil when none does. Also says whether it wrapped.
    func next(forward: Bool, where test: (String) -> Bool) -> (index: Int, wrapped: Bool)? {
        guard !paths.isEmpty else { return nil }
        for step in 1...paths.count {
            let raw = list.index + (forward ? step : -step)
            let index = (raw % paths.count + paths.count) % paths.count
            if test(paths[index]) { return (index, forward ? raw >= paths.count : raw < 0) }
        }
        return nil
    }

    /// Starts a search from the file under the cursor (`/`).
    mutating func beginSearch() {
        searchOrigin = list.index
    }

    /// The search text changed: the cursor goes to the first file at or after the one
    /// where the search began (wrapping) whose path holds it, or back to that file.
    mutating func search(_ text: String, in state: AppState) {
        needle = ListCursor.Needle(text)
        matches = needle.isEmpty ? [] : paths.indices.filter { needle.range(in: paths[$0]) != nil }
        select(matches.first { $0 >= searchOrigin } ?? matches.first ?? searchOrigin)
    }

    mutating func clearSearch() {
        needle = ListCursor.Needle("")
        matches = []
    }

    /// Goes to the next (or previous) match, wrapping; false when nothing matches.
    mutating func jumpToMatch(forward: Bool) -> Bool {
        guard !matches.isEmpty else { return false }
        let current = list.index
        select(forward ? matches.first { $0 > current } ?? matches[0] : matches.last { $0 < current } ?? matches[matches.count - 1])
        return true
    }
}
