import PythonSource

/// Proposals for dotted uses of moved modules in code (`pkg.mod.attr` after
/// `import pkg.mod`, or after `import pkg` alone): the chain's module prefix follows
/// the move.
///
/// Only chains that start with a name bound by a plain `import` count, and never one
/// after a `.` (`self.market_regime.detector` is an attribute, not the package), so
/// local variables, keyword arguments and dict keys that look like the package stay;
/// so does a chain whose root a function's parameter or assignment hides
/// (`RewriteShadowing`).
/// Strings and comments are tokens of their own and are never read here.
struct RewriteDottedUses {
    let file: RewriteFile
    let moves: ModuleMoves

    /// `roots`: the names plain `import` statements bind and the rewrite does not keep;
    /// `imported`: every module the file's `import` statements name.
    func proposals(roots: Set<String>, imported: [ModuleName]) -> [Proposal] {
        let roots = movableRoots(roots)
        guard !roots.isEmpty else { return [] }
        let source = file.analysis.source
        let importRanges = file.analysis.imports.map(\.range)
        let shadowing = RewriteShadowing(analysis: file.analysis, names: roots)
        var nextImport = 0
        var proposals: [Proposal] = []
        var index = 0
        while index < source.tokens.count {
            let token = source.tokens[index]
            while nextImport < importRanges.count && importRanges[nextImport].upperBound <= token.range.lowerBound {
                nextImport += 1
            }
            let inImport = nextImport < importRanges.count && importRanges[nextImport].contains(token.range.lowerBound)
            guard token.kind == .name, !inImport, roots.contains(source.text(ofToken: index)), !followsDot(index),
                  !shadowing.isShadowed(source.text(ofToken: index), at: token.range.lowerBound) else {
                index += 1
                continue
            }
            let (parts, end) = chain(from: index)
            if let proposal = proposal(for: parts) {
                proposals.append(proposal)
                if let flag = flag(for: proposal, parts: parts, imported: imported) { proposals.append(flag) }
            }
            index = end
        }
        return proposals
    }

    /// The roots a move's old name starts with: a use through any other root names
    /// nothing that moves, so neither its scopes nor its uses are looked at (most files
    /// import only packages that stay).
    private func movableRoots(_ roots: Set<String>) -> Set<String> {
        let firstParts = moves.moves.map(\.old.parts)
        // An empty old name would cover every use.
        guard firstParts.allSatisfy({ !$0.isEmpty }) else { return roots }
        return roots.intersection(firstParts.map { $0[0] })
    }

        private func proposal(for parts: [Identifier]) -> Proposal? {
        guard parts.count >= 2, let move = moves.move(containingParts: parts.map(\.text)), move.old != move.new else {
            return nil
        }
        let (range, after) = RewriteDottedPath.edit(Array(parts[..<move.old.parts.count]), to: move.new.parts,
                                                    in: file.bytes)
        return file.proposal(range, after: after, kind: .code,
                             reason: "uses \(move.old) through its import, and it moves to \(move.new)")
    }

    /// A use of a moved module the file never imports (`import backtester_v2` and then
    /// `backtester_v2.market_regime.detector.VERSION`) works only when some other
    /// module imported it first: rewritten, and flagged so the user knows.
    private func flag(for proposal: Proposal, parts: [Identifier], imported: [ModuleName]) -> Proposal? {
        guard let move = moves.move(containingParts: parts.map(\.text)),
              !imported.contains(where: { $0.hasPrefix(move.old) }) else { return nil }
        var flag = proposal
        flag.kind = .flag
        flag.reason = "\(move.old) is used through its parent package without being imported here; "
            + "this works only when another module imports it first (import \(move.new) to be safe)"
        return flag
    }

    /// The names of the dotted chain starting at token `start`, and the token after it.
    private func chain(from start: Int) -> (parts: [Identifier], end: Int) {
        let source = file.analysis.source
        var parts = [Identifier(text: source.text(ofToken: start), range: source.tokens[start].range)]
        var index = start + 1
        while true {
            let dot = skipLayout(index)
            guard dot < source.tokens.count, source.isOperator(dot, ".") else { break }
            let name = skipLayout(dot + 1)
            guard name < source.tokens.count, source.tokens[name].kind == .name else { break }
            parts.append(Identifier(text: source.text(ofToken: name), range: source.tokens[name].range))
            index = name + 1
        }
        return (parts, index)
    }

    /// The first token at or after `index` that is not whitespace or a continuation.
    private func skipLayout(_ index: Int) -> Int {
        let tokens = file.analysis.source.tokens
        var index = index
        while index < tokens.count && (tokens[index].kind == .whitespace || tokens[index].kind == .continuation) {
            index += 1
        }
        return index
    }

    private func followsDot(_ index: Int) -> Bool {
        let source = file.analysis.source
        var previous = index - 1
        while previous >= 0 && (source.tokens[previous].kind == .whitespace || source.tokens[previous].kind == .continuation) {
            previous -= 1
        }
        return previous >= 0 && source.isOperator(previous, ".")
    }
}
