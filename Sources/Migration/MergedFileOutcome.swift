import DiffCore

/// One conflict file's merged bytes under the session's hunk decisions, with the
/// accepted rewrites of its target and source versions placed where the merge kept
/// their lines.
struct MergedFileOutcome {
    let merge: FileMerge
    let session: Session
    let unresolved: OutcomeOptions.Unresolved
    /// Target lines (from 1) of the conflicts left undecided.
    private(set) var undecidedLines: [Int] = []
    /// Whether a hunk merged on its own and no decision confirmed it.
    private(set) var needsReview = false
    /// Rewrites whose lines the merge did not keep.
    private(set) var unplaced: [Proposal] = []

    init(merge: FileMerge, session: Session, unresolved: OutcomeOptions.Unresolved) {
        self.merge = merge
        self.session = session
        self.unresolved = unresolved
    }

    mutating func bytes(placing targetRewrites: [Proposal], _ sourceRewrites: [Proposal]) -> [UInt8] {
        let hunks = Dictionary(uniqueKeysWithValues: merge.hunks.map { ($0.region, $0) })
        var resolutions: [Int: RegionResolution] = [:]
        for (region, hunk) in hunks {
            if let decision = session.decision(for: hunk.key) {
                resolutions[region] = decision.resolution
            } else if hunk.isConflict {
                switch unresolved {
                case .undecided:
                    undecidedLines.append(merge.result.regions[region].target.lowerBound + 1)
                    resolutions[region] = .merged
                case .markers: resolutions[region] = .merged
                case .target: resolutions[region] = .target
                case .source: resolutions[region] = .source
                case .union: resolutions[region] = .targetThenSource
                }
            } else {
                needsReview = true
            }
        }
        undecidedLines.sort()
        let (bytes, pieces) = MergeOutput(merge.result).resolved { resolutions[$0] ?? .merged }
        var placed: [Proposal] = []
        for (proposals, side, text) in [(targetRewrites, MergeOutput.Piece.Side.target, merge.result.target),
                                        (sourceRewrites, .source, merge.result.source)] {
            for proposal in proposals {
                var range = proposal.range, side = side, text = text
                if side == .source, !pieces.contains(where: { $0.side == .source && Self.contains(text.byteRange(ofLines: $0.lines), range) }),
                   let shared = sharedTargetRange(ofSource: range) {
                    // Lines both sides share are written from the target: the source's rewrite
                    // is the target's, in the target's bytes.
                    (range, side, text) = (shared, .target, merge.result.target)
                }
                guard let piece = pieces.first(where: { $0.side == side && Self.contains(text.byteRange(ofLines: $0.lines), range) })
                else {
                    unplaced.append(proposal)
                    continue
                }
                var moved = proposal
                let shift = piece.offset - text.byteRange(ofLines: piece.lines).lowerBound
                moved.range = (range.lowerBound + shift)..<(range.upperBound + shift)
                if !placed.contains(where: { $0.range == moved.range && $0.after == moved.after }) { placed.append(moved) }
            }
        }
        // A rewrite whose line the merge took from the other side, where the same rewrite
        // was placed, is not lost: the merged file has it.
        unplaced.removeAll { lost in placed.contains { $0.before == lost.before && $0.after == lost.after && $0.kind == lost.kind } }
        do {
            return try ProposalApplier.apply(placed, to: bytes)
        } catch {
            unplaced += placed
            return bytes
        }
    }

    /// The target bytes that equal `range` of the source, when it lies in lines the two
    /// sides share (an unchanged or same-change region).
    private func sharedTargetRange(ofSource range: Range<Int>) -> Range<Int>? {
        let result = merge.result
        for region in result.regions {
            switch region {
            case .unchanged(_, let target, let source), .bothSame(_, let target, let source):
                let sourceBytes = result.source.byteRange(ofLines: source)
                guard Self.contains(sourceBytes, range) else { continue }
                let shift = result.target.byteRange(ofLines: target).lowerBound - sourceBytes.lowerBound
                return (range.lowerBound + shift)..<(range.upperBound + shift)
            default: continue
            }
        }
        return nil
    }

    private static func contains(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        inner.lowerBound >= outer.lowerBound && inner.upperBound <= outer.upperBound
    }

}
