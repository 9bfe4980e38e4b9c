import PythonSource

/// Top-level import statements that the rewrite makes identical to an earlier one
/// (`from NEW import X` already there, `from OLD import X` rewritten to it):
/// the later one is removed instead of rewritten, since two identical imports are a
/// redefinition (ruff F811) and one of them is all the code needs.
struct RewriteDuplicates {
    let file: RewriteFile

    /// `proposals` with each duplicate statement's own edits replaced by one proposal
    /// that removes its whole line.
    func resolve(_ proposals: [Proposal]) -> [Proposal] {
        var seen: [String: ImportStatement] = [:]
        var result = proposals
        // Only module-level statements outside any block: two equal imports in two
        // functions, or in `try` and `except`, are not duplicates.
        for statement in file.analysis.imports where statement.depth == 0 {
            let inside = proposals.filter { statement.range.contains($0.range.lowerBound) && $0.kind != .flag }
            guard let after = try? ProposalApplier.apply(inside.map(shifted(by: statement.range.lowerBound)),
                                                         to: Array(file.bytes[statement.range])) else { continue }
            let key = String(decoding: after.filter { $0 != 0x20 && $0 != 0x09 }, as: UTF8.self)
            guard let first = seen[key] else {
                seen[key] = statement
                continue
            }
            guard !inside.isEmpty, let line = wholeLine(of: statement) else { continue }
            result.removeAll { inside.contains($0) }
            result.append(file.proposal(line, after: "", kind: .code,
                                        reason: "after the rewrite this import repeats the one on line \(first.line)"))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func shifted(by offset: Int) -> (Proposal) -> Proposal {
        { proposal in
            var moved = proposal
            moved.range = (proposal.range.lowerBound - offset)..<(proposal.range.upperBound - offset)
            return moved
        }
    }

    /// The statement's lines with their line ending, when nothing else is on them.
    private func wholeLine(of statement: ImportStatement) -> Range<Int>? {
        let bytes = file.bytes
        guard file.indentation(before: statement.range.lowerBound) != nil else { return nil }
        var end = statement.range.upperBound
        while end < bytes.count && (bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D) { end += 1 }
        guard end == bytes.count || bytes[end] == 0x0A else { return nil }
        let start = (bytes[..<statement.range.lowerBound].lastIndex(of: 0x0A)).map { $0 + 1 }
            ?? (file.analysis.source.hasByteOrderMark ? 3 : 0)
        return start..<min(end + 1, bytes.count)
    }
}
