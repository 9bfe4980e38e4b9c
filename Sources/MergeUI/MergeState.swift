import DiffCore
import Migration

/// The file open in the merge view: the file as regions and hunks, the aligned rows of
/// the side panes, the result under the session's decisions, and where the user is.
///
/// Everything that depends on the whole file is built when it opens (O(lines)); a
/// decision then updates one hunk's result and a Fenwick index (O(log regions) plus
/// the hunk's bytes), and drawing reads only the visible rows.
public struct MergeState: Sendable {
    public let path: String
    let document: MergeDocument
    let rowsWithBase: MergeRowIndex
    let rowsWithoutBase: MergeRowIndex
    /// Each hunk's decision as last read from the session (nil: undecided).
    private(set) var decisions: [HunkDecision?]
    /// Each hunk's lines in the result under `decisions`.
    private(set) var hunkResults: [MergeRegionLines]
    /// Result lines per region.
    private(set) var results: MergeResultIndex
    /// The rewrites written into the result (to notice when the Imports screen changes them).
    let rewrites: MergeRewrites
    private let hunkIndex: [HunkKey: Int]
    /// Conflicts without a decision.
    public private(set) var unresolvedCount: Int
    /// Auto-merged hunks without a decision (they wait for the file's review).
    public private(set) var undecidedAutoMergedCount: Int
    /// The hunk the actions apply to (an index into `hunks`); nil when the file has none.
    public internal(set) var currentHunk: Int?
    /// The first row the side panes show, as a region and a row in it, so that it stays
    /// put when the layout changes between two and three panes.
    var top = MergeRowAnchor(region: 0, offset: 0)
    /// Display columns scrolled off at the left of every pane.
    public internal(set) var column = 0
    /// Word changes of rows near the visible ones, filled after each key (a view cannot
    /// write to the state it draws); the view computes any row missing here.
    var words: [MergeLineKey: MergeLineWords] = [:]

    init(document: MergeDocument, rewrites: MergeRewrites, session: Session) {
        path = document.path
        self.document = document
        self.rewrites = rewrites
        rowsWithBase = MergeRowIndex(document, withBase: true)
        rowsWithoutBase = MergeRowIndex(document, withBase: false)
        hunkIndex = Dictionary(document.hunks.enumerated().map { ($1.key, $0) }, uniquingKeysWith: { first, _ in first })
        let decisions = document.hunks.map { session.decision(for: $0.key) }
        self.decisions = decisions
        hunkResults = document.hunks.indices.map { document.result(ofRegion: document.hunks[$0].region, decision: decisions[$0]) }
        var counts: [Int] = []
        counts.reserveCapacity(document.regions.count)
        for (index, region) in document.regions.enumerated() {
            if let hunk = region.hunk {
                counts.append(document.count(hunkResults[hunk]))
            } else {
                counts.append(document.count(document.result(ofRegion: index, decision: nil)))
            }
        }
        results = MergeResultIndex(counts: counts)
        unresolvedCount = zip(document.hunks, decisions).count { $0.isConflict && $1 == nil }
        undecidedAutoMergedCount = zip(document.hunks, decisions).count { !$0.isConflict && $1 == nil }
        currentHunk = document.hunks.indices.first { document.hunks[$0].isConflict && decisions[$0] == nil }
            ?? (document.hunks.isEmpty ? nil : 0)
    }

    /// The hunks of the file, in order.
    public var hunks: [MergeHunk] { document.hunks }
    public var hasBase: Bool { document.hasBase }
    /// Whether the file is a combined `__init__.py` (the combiner's proposal is the result).
    public var isCombined: Bool {
        if case .combined = document.origin { return true }
        return false
    }

    /// The decision of hunk `index`, as the view shows it.
    public func decision(ofHunk index: Int) -> HunkDecision? { decisions[index] }

    /// The index of the hunk with `key`, if it is in this file.
    func hunk(for key: HunkKey) -> Int? { hunkIndex[key] }

    /// Reads hunk `index`'s decision from the session again and updates its result.
    /// - Complexity: O(log regions + bytes of the hunk).
    mutating func refresh(hunk index: Int, from session: Session) {
        let decision = session.decision(for: document.hunks[index].key)
        guard decision != decisions[index] else { return }
        let hunk = document.hunks[index]
        let change = (decision == nil ? 1 : 0) - (decisions[index] == nil ? 1 : 0)
        if hunk.isConflict { unresolvedCount += change } else { undecidedAutoMergedCount += change }
        decisions[index] = decision
        hunkResults[index] = document.result(ofRegion: hunk.region, decision: decision)
        results.set(hunk.region, count: document.count(hunkResults[index]))
    }

    /// The rows of the side panes in the layout that shows the base or not.
    func rows(withBase: Bool) -> MergeRowIndex { withBase ? rowsWithBase : rowsWithoutBase }

    /// The lines region `index` gives the result.
    func resultLines(ofRegion index: Int) -> MergeRegionLines {
        if let hunk = document.regions[index].hunk { return hunkResults[hunk] }
        return document.result(ofRegion: index, decision: nil)
    }

    /// The result as the apply writes it, line by line, as the result pane shows it
    /// (for tests and the editor; O(file)).
    public var resultBytes: [UInt8] {
        var bytes: [UInt8] = []
        for region in document.regions.indices {
            bytes += document.bytes(of: resultLines(ofRegion: region))
        }
        return bytes
    }

    /// The bytes hunk `index` gives the result now: what the editor starts with.
    public func resultBytes(ofHunk index: Int) -> [UInt8] {
        document.bytes(of: hunkResults[index])
    }
}

/// A row of the side panes named by its region and its offset in the region.
struct MergeRowAnchor: Hashable, Sendable {
    var region: Int
    var offset: Int
}
