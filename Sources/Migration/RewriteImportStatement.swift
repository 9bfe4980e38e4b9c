import PythonSource

/// Proposals for `import a.b.c [as x], …` statements: each moved module path is
/// rewritten in place, only the parts the move changes; aliases and everything else
/// on the line stay.
struct RewriteImportStatement {
    let file: RewriteFile
    let moves: ModuleMoves

    /// The proposals for `statement`, and the names whose binding the rewrite keeps
    /// with an added alias (`import json` → `import vendored.json as json`), whose
    /// uses in the body must therefore not change.
    func proposals(for statement: ImportStatement) -> (proposals: [Proposal], keptBindings: Set<String>) {
        var proposals: [Proposal] = []
        var kept = Set<String>()
        for entry in statement.names {
            let parts = entry.name.parts
            guard let move = moves.move(containingParts: parts.map(\.text)), move.old != move.new else { continue }
            let edit = RewriteDottedPath.edit(Array(parts[..<move.old.parts.count]), to: move.new.parts, in: file.bytes)
            var after = edit.after
            // `import json` binds `json`; `import vendored.json` would bind `vendored`
            // instead, so a one-part name keeps its binding through an alias.
            if entry.alias == nil && parts.count == 1 && move.new.parts[0] != parts[0].text {
                after += " as \(parts[0].text)"
                kept.insert(parts[0].text)
            }
            proposals.append(file.proposal(edit.range, after: after, kind: .code,
                                           reason: "imports \(entry.name.text), which moves to \(moves.resolved(entry.name.moduleName))"))
        }
        return (proposals, kept)
    }
}
