import DiffCore
import Migration

/// One side of a merge as the result pane shows it: the side's bytes with the accepted
/// import rewrites written in, and a map from the side's own lines to the rewritten ones.
///
/// The outcome writes a merged file from pieces of the sides and places each accepted
/// rewrite into the piece that holds its bytes (`MergedFileOutcome`). Writing the
/// rewrites into a whole side once, when the file opens, gives the same bytes for every
/// piece, so the result pane can show any stretch of the result without writing the file.
struct MergeSideText: Sendable {
    /// The side as the scan read it.
    let original: LineText
    /// The side with the rewrites written in (the same text when there are none).
    let shown: LineText
    /// The original byte offset where each rewrite ends, in order, and the total growth
    /// of the text after it.
    private let editEnds: [Int]
    private let growth: [Int]

    /// A side without rewrites.
    init(_ text: LineText) {
        self.init(original: text, shown: text, editEnds: [], growth: [])
    }

    private init(original: LineText, shown: LineText, editEnds: [Int], growth: [Int]) {
        self.original = original
        self.shown = shown
        self.editEnds = editEnds
        self.growth = growth
    }

    /// `text` with `rewrites` written in; nil when two of them overlap (the outcome
    /// then writes none of the file's rewrites).
    init?(_ text: LineText, rewrites: [Proposal]) {
        guard !rewrites.isEmpty else {
            self.init(text)
            return
        }
        let bytes = Array(text.bytes)
        guard let rewritten = try? ProposalApplier.apply(rewrites, to: bytes),
              let shown = try? LineText(rewritten) else { return nil }
        var ends: [Int] = [], growth: [Int] = [], total = 0
        for rewrite in rewrites.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            total += rewrite.after.utf8.count - rewrite.range.count
            ends.append(rewrite.range.upperBound)
            growth.append(total)
        }
        self.init(original: text, shown: shown, editEnds: ends, growth: growth)
    }

    var hasRewrites: Bool { !editEnds.isEmpty }

    /// The shown lines that the original lines `lines` became.
    /// - Complexity: O(log n).
    func shownLines(_ lines: Range<Int>) -> Range<Int> {
        guard hasRewrites else { return lines }
        return shownLine(lines.lowerBound)..<shownLine(lines.upperBound)
    }

    /// The shown bytes of the original lines `lines`.
    func shownBytes(_ lines: Range<Int>) -> Slice<TextBytes> {
        shown.bytes[shown.byteRange(ofLines: shownLines(lines))]
    }

    /// The shown line that starts where original line `line` starts (lines are cut at
    /// line starts, which a rewrite never crosses).
    private func shownLine(_ line: Int) -> Int {
        let offset = original.start(ofLine: line)
        let edits = Self.count(editEnds, atMost: offset)
        let moved = offset + (edits == 0 ? 0 : growth[edits - 1])
        return Self.count(shown.lineEnds, atMost: moved)
    }

    /// How many of the ascending `values` are at most `limit` (binary search).
    static func count<Value: BinaryInteger>(_ values: [Value], atMost limit: Int) -> Int {
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if Int(values[middle]) <= limit { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
