import DiffCore

/// The merge of one conflict file, as the plan holds it: the three texts, the regions
/// that tile them, and the hunks a user decides or reviews.
///
/// With no base the merge is two-way: it runs against an empty base, so every line the
/// two sides share merges as the same change and every difference is a conflict (what
/// `git merge-file` does with `/dev/null` as the base). Those shared lines are not
/// hunks: there is nothing to review in them.
public struct FileMerge: Sendable {
    public let path: String
    public let base: MergeBaseState
    public let result: MergeResult
    /// In file order; see `PlanHunk`.
    public let hunks: [PlanHunk]

    public init(path: String, base: MergeBaseState, result: MergeResult) {
        self.path = path
        self.base = base
        self.result = result
        hunks = Self.hunks(of: result, path: path, hasBase: base.hasBase)
    }

    /// Merges `target` and `source` (and `baseBytes` when there is one) with git's
    /// default conflict level; `base` says where `baseBytes` came from, or why there are none.
    public static func merge(path: String, target: [UInt8], source: [UInt8], baseBytes: [UInt8]?,
                             base: MergeBaseState) throws(DiffCoreError) -> FileMerge {
        let result = try ThreeWayMerge.merge(base: LineText(baseBytes ?? []), target: LineText(target), source: LineText(source))
        return FileMerge(path: path, base: base, result: result)
    }

    public var conflictCount: Int { hunks.count { $0.isConflict } }
    /// Hunks that merged without a decision and wait for the user's review.
    public var autoMergedCount: Int { hunks.count { !$0.isConflict } }

    private static func hunks(of result: MergeResult, path: String, hasBase: Bool) -> [PlanHunk] {
        var found: [(kind: PlanHunk.Kind, region: Int, fingerprint: String)] = []
        for (index, region) in result.regions.enumerated() {
            let kind: PlanHunk.Kind
            switch region {
            case .unchanged: continue
            case .bothSame: guard hasBase else { continue }; kind = .both
            case .target: kind = .target
            case .source: kind = .source
            case .conflict: kind = .conflict
            }
            let (base, target, source) = region.ranges
            let fingerprint = HunkKey.fingerprint(parts: [
                Array(result.base.bytes[result.base.byteRange(ofLines: base)]),
                Array(result.target.bytes[result.target.byteRange(ofLines: target)]),
                Array(result.source.bytes[result.source.byteRange(ofLines: source)]),
            ])
            found.append((kind, index, fingerprint))
        }
        let keys = HunkKey.keys(path: path, fingerprints: found.map(\.fingerprint))
        return zip(found, keys).map { PlanHunk(key: $1, kind: $0.kind, region: $0.region) }
    }
}
