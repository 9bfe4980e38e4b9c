import DiffCore

/// A line of a hunk: its region and the line's index in the region's sides.
struct MergeLineKey: Hashable, Sendable {
    var region: Int
    var line: Int
}

/// The changed words of one row of a hunk, as byte ranges of each side's line: the
/// target's line against the source's, and the base's against the target's.
struct MergeLineWords: Hashable, Sendable {
    var base: [Range<Int>] = []
    var target: [Range<Int>] = []
    var source: [Range<Int>] = []

    /// Compares the lines at index `line` of region `region`'s sides; a side without a
    /// line there has nothing to compare.
    /// - Complexity: that of `WordDiff` on two lines.
    static func compute(_ document: MergeDocument, _ key: MergeLineKey) -> MergeLineWords {
        let region = document.regions[key.region]
        var words = MergeLineWords()
        guard region.hunk != nil else { return words }
        let target = region.target.count > key.line ? region.target.lowerBound + key.line : nil
        let source = region.source.count > key.line ? region.source.lowerBound + key.line : nil
        let base = region.base.count > key.line ? region.base.lowerBound + key.line : nil
        if let target, let source {
            let changes = WordDiff.changes(old: document.target.original, line: target, new: document.source.original, line: source)
            words.target = changes.map(\.old).filter { !$0.isEmpty }
            words.source = changes.map(\.new).filter { !$0.isEmpty }
        }
        if let base, let target, document.hasBase {
            let changes = WordDiff.changes(old: document.base.original, line: base, new: document.target.original, line: target)
            words.base = changes.map(\.old).filter { !$0.isEmpty }
        }
        return words
    }
}

extension MergeState {
    /// The changed words of a row: from the cache, or computed now.
    func lineWords(_ key: MergeLineKey) -> MergeLineWords {
        words[key] ?? MergeLineWords.compute(document, key)
    }

    /// Fills the word cache for the hunk lines among `rows` rows from the top in the
    /// layout `withBase`; keeps the cache small by starting over past a few pages.
    mutating func cacheWords(rows count: Int, withBase: Bool) {
        if words.count > 4096 { words.removeAll(keepingCapacity: true) }
        let index = rows(withBase: withBase)
        let first = index.start(ofRegion: top.region) + top.offset
        for row in first..<min(first + count, index.totalRows) {
            let (region, offset) = index.region(atRow: row)
            guard region < document.regions.count, document.regions[region].hunk != nil, offset > 0 else { continue }
            let key = MergeLineKey(region: region, line: offset - 1)
            if words[key] == nil { words[key] = MergeLineWords.compute(document, key) }
        }
    }
}
