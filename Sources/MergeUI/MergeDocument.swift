import DiffCore
import Migration

/// The conflict file open in the merge view, in one shape for both kinds: a line-by-line
/// merge (`FileMerge`) and a combined `__init__.py` (`InitFileCombination`, whose marker
/// blocks become conflict regions between a target and a source text).
///
/// Regions tile the three texts in order, as `MergeRegion`s do; some are hunks.
/// Built once when the file opens: O(lines).
struct MergeDocument: Sendable {
    enum Origin: Sendable {
        case merge(FileMerge)
        /// The combiner's proposal and its marker blocks, one per hunk.
        case combined(InitFileCombination, blocks: [ConflictMarkerFinder.Block])
    }

    let path: String
    let origin: Origin
    /// The texts the panes show; the base is empty when there is none.
    let base: MergeSideText
    let target: MergeSideText
    let source: MergeSideText
    let regions: [MergeDocumentRegion]
    let hunks: [MergeHunk]
    /// Whether there is a base to show and take (two panes when not).
    let hasBase: Bool

    /// A line-by-line merge, with the accepted rewrites of its sides written into the
    /// texts the result shows.
    init(merge: FileMerge, rewrites: MergeRewrites) {
        path = merge.path
        origin = .merge(merge)
        let result = merge.result
        base = MergeSideText(result.base)
        if let target = MergeSideText(result.target, rewrites: rewrites.target),
           let source = MergeSideText(result.source, rewrites: rewrites.source) {
            (self.target, self.source) = (target, source)
        } else {
            // Two rewrites overlap: the outcome writes none of them into this file.
            (target, source) = (MergeSideText(result.target), MergeSideText(result.source))
        }
        hasBase = merge.base.hasBase
        let hunkOfRegion = Dictionary(uniqueKeysWithValues: merge.hunks.enumerated().map { ($1.region, $0) })
        regions = result.regions.enumerated().map { index, region in
            MergeDocumentRegion(base: region.base, target: region.target, source: region.source, hunk: hunkOfRegion[index])
        }
        let python = Self.isPython(merge.path)
        var conflicts = 0
        hunks = merge.hunks.map { hunk in
            if hunk.isConflict { conflicts += 1 }
            let region = result.regions[hunk.region]
            let indentOnly = python && Self.indentOnly(hunk.kind, region.ranges, result)
            return MergeHunk(key: hunk.key, kind: hunk.kind, region: hunk.region,
                             conflictNumber: hunk.isConflict ? conflicts : nil, changesIndentOnly: indentOnly)
        }
    }

    /// A combined `__init__.py`: the text between marker blocks is shared, and each
    /// block is a conflict between its target and source lines (no base).
    init(combined file: InitFileCombination) {
        path = file.path
        let bytes = file.combination.bytes
        var blocks = ConflictMarkerFinder.blocks(in: bytes)
        if blocks.count != file.hunks.count {
            // The outcome leaves such a file as the combiner wrote it; so does the view.
            blocks = []
        }
        origin = .combined(file, blocks: blocks)
        var builder = CombinedTexts()
        var offset = 0
        for (index, block) in blocks.enumerated() {
            builder.addShared(bytes[offset..<block.whole.lowerBound])
            builder.addConflict(target: bytes[block.target], source: bytes[block.source], hunk: index)
            offset = block.whole.upperBound
        }
        builder.addShared(bytes[offset...])
        let targetText = Self.lines(builder.target), sourceText = Self.lines(builder.source)
        base = MergeSideText(LineText(""))
        target = MergeSideText(targetText)
        source = MergeSideText(sourceText)
        regions = builder.regions
        hasBase = false
        let python = Self.isPython(file.path)
        let regionOfHunk = Dictionary(uniqueKeysWithValues: builder.regions.enumerated().compactMap { index, region in
            region.hunk.map { ($0, index) }
        })
        hunks = file.hunks.enumerated().compactMap { index, key in
            guard let region = regionOfHunk[index] else { return nil }
            let ranges = builder.regions[region]
            let indentOnly = python && MergeIndentCheck.differsOnlyInIndentation(
                targetText, ranges.target, sourceText, ranges.source)
            return MergeHunk(key: key, kind: .conflict, region: region, conflictNumber: index + 1, changesIndentOnly: indentOnly)
        }
    }

    var conflictCount: Int { hunks.count { $0.kind == .conflict } }

    /// The text of `side`.
    func text(_ side: MergeOutput.Piece.Side) -> MergeSideText {
        switch side {
        case .base: base
        case .target: target
        case .source: source
        }
    }

    /// Splits bytes into lines (a text past 4 GiB cannot be open in the view).
    static func lines(_ bytes: [UInt8]) -> LineText {
        (try? LineText(bytes)) ?? LineText("")
    }

    private static func isPython(_ path: String) -> Bool {
        path.hasSuffix(".py") || path.hasSuffix(".pyi")
    }

    /// Whether a hunk's changed side differs from what it is compared with (the other
    /// side for a conflict, the base for a one-sided change) only in leading whitespace.
    private static func indentOnly(_ kind: PlanHunk.Kind, _ ranges: (base: Range<Int>, target: Range<Int>, source: Range<Int>),
                                   _ result: MergeResult) -> Bool {
        switch kind {
        case .conflict:
            MergeIndentCheck.differsOnlyInIndentation(result.target, ranges.target, result.source, ranges.source)
        case .target, .both:
            MergeIndentCheck.differsOnlyInIndentation(result.base, ranges.base, result.target, ranges.target)
        case .source:
            MergeIndentCheck.differsOnlyInIndentation(result.base, ranges.base, result.source, ranges.source)
        }
    }
}

/// One region of a `MergeDocument`: the lines it covers in each text, and its hunk.
struct MergeDocumentRegion: Sendable {
    let base: Range<Int>
    let target: Range<Int>
    let source: Range<Int>
    /// The index of the hunk this region is; nil for lines the sides share.
    let hunk: Int?
}

/// One hunk of the open file, as the merge view steps through it.
public struct MergeHunk: Hashable, Sendable {
    public let key: HunkKey
    public let kind: PlanHunk.Kind
    /// The index of its region in the document.
    public let region: Int
    /// Its number among the file's conflicts (from 1); nil for an auto-merged hunk.
    public let conflictNumber: Int?
    /// The sides differ only in the leading whitespace of their lines (Python's indentation).
    public let changesIndentOnly: Bool

    public var isConflict: Bool { kind == .conflict }
}

/// The target and source texts of a combined `__init__.py`, built block by block.
private struct CombinedTexts {
    var target: [UInt8] = []
    var source: [UInt8] = []
    var regions: [MergeDocumentRegion] = []
    private var targetLine = 0
    private var sourceLine = 0

    mutating func addShared(_ bytes: ArraySlice<UInt8>) {
        // Only empty bytes hold no line, and they get no region.
        guard !bytes.isEmpty else { return }
        add(target: bytes, source: bytes, hunk: nil)
    }

    mutating func addConflict(target targetBytes: ArraySlice<UInt8>, source sourceBytes: ArraySlice<UInt8>, hunk: Int) {
        add(target: targetBytes, source: sourceBytes, hunk: hunk)
    }

    /// Appends a region of both sides' bytes: a conflict with its hunk, or shared lines.
    private mutating func add(target targetBytes: ArraySlice<UInt8>, source sourceBytes: ArraySlice<UInt8>, hunk: Int?) {
        let targetCount = Self.lineCount(targetBytes), sourceCount = Self.lineCount(sourceBytes)
        regions.append(MergeDocumentRegion(base: 0..<0, target: targetLine..<targetLine + targetCount,
                                           source: sourceLine..<sourceLine + sourceCount, hunk: hunk))
        target += targetBytes
        source += sourceBytes
        targetLine += targetCount
        sourceLine += sourceCount
    }

    /// Lines in `bytes`, a last line without terminator included.
    private static func lineCount(_ bytes: ArraySlice<UInt8>) -> Int {
        let newlines = bytes.count { $0 == 0x0A }
        return newlines + (bytes.last.map { $0 == 0x0A ? 0 : 1 } ?? 0)
    }
}
