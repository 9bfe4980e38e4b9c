import PythonSource

/// Mentions of moved modules inside a Python file's comments and strings, beyond the
/// strings that are a dotted name and nothing else (`RewriteStrings` has those).
///
/// A `# type:` comment is code for type checkers, so it is `code`; other comments and
/// docstrings are `docs`. Any other string (`TEMPLATE = "from pkg.mod import x"`,
/// the literal part of `f"pkg.mod.{name}"`) is `code-string` when it names something
/// real in the old layout, and a `flag` when it only looks like a path. A doctest
/// line (`>>> from pkg.mod import x`) in a docstring is code when doctests run: the
/// project collects them (`--doctest-modules`) or the file calls `doctest.testmod`.
struct RewritePythonText {
    let text: RewriteText
    let strings: RewriteStrings
    /// The project's test configuration passes `--doctest-modules`.
    let collectsDoctests: Bool

    func proposals(in file: RewriteFile) -> [Proposal] {
        let source = file.analysis.source
        let wholeStrings = Set(file.analysis.dottedNameStrings.map(\.range))
        let runsDoctests = collectsDoctests || ByteSearch.contains(Array("doctest.testmod".utf8), in: file.bytes)
        var result: [Proposal] = []
        for index in source.tokens.indices {
            let token = source.tokens[index]
            let kind: ProposalKind
            switch token.kind {
            case .comment:
                let comment = source.text(in: token.range)
                kind = comment.hasPrefix("# type:") && !comment.hasPrefix("# type: ignore") ? .code : .docs
            case .string where !wholeStrings.contains(token.range):
                kind = isStatementOfItsOwn(index, in: source) ? .docs : .codeString
            default:
                continue
            }
            for mention in text.mentions(in: source.bytes, range: token.range) {
                let isDoctest = token.kind == .string && kind == .docs && runsDoctests && isDoctestLine(mention, in: file)
                result.append(proposal(for: mention, kind: isDoctest ? .code : kind, in: file))
            }
        }
        return result
    }

    private func proposal(for mention: RewriteText.Mention, kind: ProposalKind, in file: RewriteFile) -> Proposal {
        let lookAlike = kind == .codeString ? strings.undefinedPart(of: mention.name) : nil
        let reason = lookAlike.map { "looks like a path in \(mention.move.old), but \($0) is neither a module nor defined there; not edited" }
            ?? "mentions \(mention.move.old), which moves to \(mention.move.new)"
        return file.proposal(mention.range, after: mention.after, kind: lookAlike == nil ? kind : .flag, reason: reason)
    }

    /// Whether the mention's line starts with a doctest prompt (`>>>` or `...`).
    private func isDoctestLine(_ mention: RewriteText.Mention, in file: RewriteFile) -> Bool {
        let bytes = file.bytes
        let start = bytes[..<mention.range.lowerBound].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let line = bytes[start..<mention.range.lowerBound].drop { $0 == 0x20 || $0 == 0x09 }
        return line.starts(with: Array(">>>".utf8)) || line.starts(with: Array("...".utf8))
    }

    /// A string that is a whole statement (a docstring, or prose left in the code):
    /// only layout or comments between it and the line ends around it.
    private func isStatementOfItsOwn(_ index: Int, in source: TokenizedSource) -> Bool {
        let tokens = source.tokens
        var before = index - 1
        while before >= 0 && (tokens[before].kind == .whitespace || tokens[before].kind == .byteOrderMark) { before -= 1 }
        guard before < 0 || tokens[before].kind == .newline || tokens[before].kind == .lineBreak else { return false }
        var after = index + 1
        while after < tokens.count && (tokens[after].kind == .whitespace || tokens[after].kind == .comment) { after += 1 }
        return after == tokens.count || tokens[after].kind == .newline || tokens[after].kind == .lineBreak
    }
}
