import PythonSource

/// `__file__` in a file that moves: `Path(__file__).parent.parent / "config"` and
/// `sys.path.insert(0, …parents[2])` count folders from the file's place, which the
/// move changes. Flagged, with how many levels the file moves, never edited: only
/// the user knows which folder the arithmetic means.
struct RewriteFileReferences {
    func proposals(in file: RewriteFile) -> [Proposal] {
        guard let old = file.oldLocation, let new = file.newLocation, old.name != new.name else { return [] }
        let change = new.name.parts.count - old.name.parts.count
        let source = file.analysis.source
        return source.tokens.indices.compactMap { index in
            guard source.isName(index, "__file__") else { return nil }
            let token = source.tokens[index]
            return file.proposal(token.range, after: "__file__", kind: .flag,
                                 reason: "this file moves from \(old.name) to \(new.name) (\(change >= 0 ? "+" : "")\(change) folder levels); "
                                    + "paths computed from __file__ (.parent, parents[n], sys.path) may need the same change")
        }
    }
}
