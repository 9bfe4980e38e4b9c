import DiffCore
import Migration

/// The lines one region contributes to the merged result: a stretch of a side's shown
/// text (no copy), or bytes of their own (markers, joined sides, an edit).
enum MergeRegionLines: Sendable {
    case side(MergeOutput.Piece.Side, Range<Int>)
    case text(LineText)
}

extension MergeDocument {
    /// What region `index` contributes to the result when its hunk has `decision` (nil:
    /// undecided), byte for byte what the outcome writes there: the same region writer
    /// (`MergeOutput.resolved(region:_:)`) and the same rewrites, or, for a combined
    /// `__init__.py`, the same block rule as `CombinedInitOutcome`.
    /// - Complexity: O(log n) for shared lines; O(bytes of the region) for a hunk.
    func result(ofRegion index: Int, decision: HunkDecision?) -> MergeRegionLines {
        let region = regions[index]
        switch origin {
        case .merge(let merge):
            guard region.hunk != nil else { return .side(.target, target.shownLines(region.target)) }
            let resolution = decision?.resolution ?? .merged
            let (bytes, pieces) = MergeOutput(merge.result).resolved(region: index, resolution)
            if pieces.count == 1, let piece = pieces.first,
               text(piece.side).original.byteRange(ofLines: piece.lines).count == bytes.count {
                return .side(piece.side, text(piece.side).shownLines(piece.lines))
            }
            return .text(Self.lines(rewritten(bytes, pieces)))
        case .combined(let file, let blocks):
            guard let hunk = region.hunk else { return .side(.target, region.target) }
            let bytes = file.combination.bytes, block = blocks[hunk]
            let target = bytes[block.target], source = bytes[block.source]
            let chosen: [UInt8]
            switch decision {
            case .target?: chosen = Array(target)
            case .source?: chosen = Array(source)
            case .base?: chosen = []
            case .targetThenSource?: chosen = Array(target + source)
            case .sourceThenTarget?: chosen = Array(source + target)
            case .edited(let edit)?: chosen = edit
            case nil: chosen = Array(bytes[block.whole])
            }
            return .text(Self.lines(chosen))
        }
    }

    /// The number of lines in `lines`.
    func count(_ lines: MergeRegionLines) -> Int {
        switch lines {
        case .side(_, let range): range.count
        case .text(let text): text.count
        }
    }

    /// Line `index` of `lines`, terminator included.
    func line(_ index: Int, of lines: MergeRegionLines) -> Slice<TextBytes> {
        switch lines {
        case .side(let side, let range): text(side).shown.line(range.lowerBound + index)
        case .text(let text): text.line(index)
        }
    }

    /// All the bytes of `lines` (what the editor starts with).
    func bytes(of lines: MergeRegionLines) -> [UInt8] {
        switch lines {
        case .side(let side, let range):
            let shown = text(side).shown
            return Array(shown.bytes[shown.byteRange(ofLines: range)])
        case .text(let text): return Array(text.bytes)
        }
    }

    /// `bytes` of a region with each piece copied from a side replaced by that side's
    /// shown (rewritten) bytes, as the outcome places rewrites into pieces.
    private func rewritten(_ bytes: [UInt8], _ pieces: [MergeOutput.Piece]) -> [UInt8] {
        guard pieces.contains(where: { text($0.side).hasRewrites }) else { return bytes }
        var result: [UInt8] = []
        var offset = 0
        for piece in pieces {
            let side = text(piece.side)
            result += bytes[offset..<piece.offset]
            result += side.shownBytes(piece.lines)
            offset = piece.offset + side.original.byteRange(ofLines: piece.lines).count
        }
        return result + bytes[offset...]
    }
}
