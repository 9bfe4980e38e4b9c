import PythonSource

/// Spec case 55: an `__all__` that cannot be read without running the code
/// (`__all__ += indicators.__all__`, a comprehension over `dir()`, a call), in a file
/// that moves or imports moved code. The planner checks the names a static `__all__`
/// exports against the move (case 56); for a dynamic one it cannot, so the statement
/// is flagged, never edited: there is no literal to rewrite.
struct RewriteDynamicExports {
    let moves: ModuleMoves

    func proposals(in file: RewriteFile) -> [Proposal] {
        let dynamic = file.analysis.exportLists.filter { $0.depth == 0 && $0.isDynamic }
        guard !dynamic.isEmpty, file.movesOrImports(moves) else { return [] }
        return dynamic.map { statement in
            let name = statement.range.lowerBound..<min(statement.range.lowerBound + 7, statement.range.upperBound)
            return file.proposal(name, after: file.text(name), kind: .flag,
                                 reason: "__all__ is computed here (another module's __all__, a comprehension or a call), "
                                    + "so the names it exports cannot be checked against the move; not edited: "
                                    + "check that `from … import *` still finds every name after the move")
        }
    }
}
