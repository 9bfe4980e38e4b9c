/// Writes accepted proposals into a file's bytes: a pure function, so the command,
/// the session and the tests all apply them the same way.
public enum ProposalApplier {
    /// `bytes` with every proposal's range replaced by its `after` text; bytes outside
    /// the ranges are kept exactly. Flags are skipped: they have no edit.
    ///
    /// - Throws: `ProposalOverlap` when two ranges share a byte (or two insertions the
    ///   same place), since the result would depend on their order.
    /// - Complexity: O(n + p log p) for n bytes and p proposals.
    public static func apply(_ proposals: [Proposal], to bytes: [UInt8]) throws(ProposalOverlap) -> [UInt8] {
        let edits = proposals.filter { $0.kind != .flag }.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var offset = 0
        var previous: Proposal?
        for edit in edits {
            if let previous, edit.range.lowerBound < previous.range.upperBound
                || (edit.range.lowerBound == previous.range.upperBound && edit.range.isEmpty && previous.range.isEmpty) {
                throw ProposalOverlap(first: previous, second: edit)
            }
            precondition(edit.range.upperBound <= bytes.count, "a proposal reaches past the end of \(edit.path)")
            result.append(contentsOf: bytes[offset..<edit.range.lowerBound])
            result.append(contentsOf: Array(edit.after.utf8))
            offset = edit.range.upperBound
            previous = edit
        }
        result.append(contentsOf: bytes[offset...])
        return result
    }
}
