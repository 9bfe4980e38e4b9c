import Migration

/// Which proposals cannot be written together: two edits of one file whose byte ranges
/// overlap (the planner offers an optional alternative for the same bytes, such as a
/// relative import made absolute), which `ProposalApplier` refuses.
///
/// Accepting one proposal rejects the accepted ones it overlaps, so the session never
/// holds a pair the apply would refuse.
struct ProposalOverlaps: Sendable {
    /// Proposal index → the indices of the proposals it overlaps; only those with any.
    private let others: [Int: [Int]]

    /// - Complexity: O(P log P + overlapping pairs): each file's edits sorted by start,
    ///   each compared only with those that start before it ends.
    init(files: [ImportsFile], proposals: [Proposal]) {
        var others: [Int: [Int]] = [:]
        for file in files {
            let edits = file.proposals.filter { proposals[$0].kind != .flag }
                .sorted { proposals[$0].range.lowerBound < proposals[$1].range.lowerBound }
            for (position, first) in edits.enumerated() {
                let range = proposals[first].range
                for second in edits[(position + 1)...] {
                    let next = proposals[second].range
                    guard next.lowerBound < range.upperBound || next == range else { break }
                    others[first, default: []].append(second)
                    others[second, default: []].append(first)
                }
            }
        }
        self.others = others
    }

    /// The proposals that cannot be written together with `index`.
    subscript(index: Int) -> [Int] { others[index] ?? [] }
}
