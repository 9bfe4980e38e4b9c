/// Notes on proposals that make their line longer than a formatter allows: the
/// statement is not reflowed (that is the formatter's job, and reflowing moves
/// `# noqa` comments away from their names), but the user is told.
struct RewriteLineLength {
    /// The longest line ruff and black accept by default is 88; 99 is the common
    /// project setting (flake8's max-line-length in many configs), so only lines past
    /// it are noted.
    static let limit = 99

    let file: RewriteFile

    func annotate(_ proposals: [Proposal]) -> [Proposal] {
        proposals.map { proposal in
            guard proposal.kind == .code || proposal.kind == .codeString else { return proposal }
            let bytes = file.bytes
            let start = bytes[..<proposal.range.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            var end = proposal.range.upperBound
            while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            let newLength = (proposal.range.lowerBound - start) + proposal.after.utf8.count + (end - proposal.range.upperBound)
            guard !proposal.after.utf8.contains(0x0A), newLength > Self.limit, end - start <= Self.limit else { return proposal }
            var noted = proposal
            noted.reason += " (line \(proposal.line) becomes \(newLength) characters, over \(Self.limit): "
                + "wrap it with the project's formatter)"
            return noted
        }
    }
}
