import DiffCore
import Migration

/// The accepted import rewrites of one conflict file's two versions, as the outcome
/// places them into its merge (`OutcomeBuilder`, `MergedFileOutcome`): the target's
/// own, and the source's; a source rewrite in lines both sides share is written into
/// the target's copy of those lines, since the merge writes shared lines from the target.
struct MergeRewrites: Hashable, Sendable {
    var target: [Proposal] = []
    var source: [Proposal] = []

    static let none = MergeRewrites()

    /// The rewrites the outcome would write into `merge` under `session`.
    /// - Complexity: O(proposals of the plan + regions of the file).
    init(merge: FileMerge, plan: Plan, session: Session, options: OutcomeOptions = OutcomeOptions()) {
        let workspace = plan.workspace
        var source: [Proposal] = []
        for proposal in plan.proposals where options.accepts(proposal, in: session) {
            if let prefix = workspace.targetPrefix, proposal.path == prefix + "/" + merge.path {
                target.append(proposal)
            } else if let prefix = workspace.sourcePrefix, proposal.path == prefix + "/" + merge.path {
                source.append(proposal)
            }
        }
        self.source = source
        for proposal in source {
            guard let shared = Self.sharedTargetRange(ofSource: proposal.range, in: merge.result) else { continue }
            var moved = proposal
            moved.range = shared
            if !target.contains(where: { $0.range == moved.range && $0.after == moved.after }) { target.append(moved) }
        }
    }

    private init() {}

    /// The target bytes that equal `range` of the source, when it lies in lines the two
    /// sides share (an unchanged or same-change region).
    private static func sharedTargetRange(ofSource range: Range<Int>, in result: MergeResult) -> Range<Int>? {
        for region in result.regions {
            switch region {
            case .unchanged(_, let target, let source), .bothSame(_, let target, let source):
                let sourceBytes = result.source.byteRange(ofLines: source)
                guard range.lowerBound >= sourceBytes.lowerBound, range.upperBound <= sourceBytes.upperBound else { continue }
                let shift = result.target.byteRange(ofLines: target).lowerBound - sourceBytes.lowerBound
                return (range.lowerBound + shift)..<(range.upperBound + shift)
            default: continue
            }
        }
        return nil
    }
}
