import PythonSource

/// Spec case 71: persisted identifiers. Pickle and joblib files store each object's
/// class as `module.qualname`, so objects saved before the move name
/// `backtester_v2.market_regime…`, and loading them afterwards raises
/// ModuleNotFoundError. The stored bytes are data, not code: editing them in place is
/// not safe, so every load in a file that moves or uses moved code is flagged, with
/// the ways out. Module paths inside data files are flagged by `RewriteOtherFiles`.
struct RewritePersistedNames {
    let moves: ModuleMoves

    private static let load = Array("load".utf8)

    /// `pickle.load`, `joblib.load` and the like, by the name before the dot.
    static let loaders: Set<String> = ["pickle", "joblib", "dill", "cloudpickle", "_pickle"]

    /// Why a persisted module path is flagged, and what to do instead of editing it.
    static func reason(old: ModuleName, new: ModuleName) -> String {
        "persisted identifier: data saved before the move names \(old), which moves to \(new); "
            + "loading it raises ModuleNotFoundError; not edited: keep an alias module at \(old) that registers "
            + "the new submodules in sys.modules, map the name in Unpickler.find_class, or migrate the data"
    }

    func proposals(in file: RewriteFile) -> [Proposal] {
        // Every call looked for has `load` in its name: a file without it has none.
        guard ByteSearch.contains(Self.load, in: file.bytes),
              let move = moves.moves.first(where: { $0.old != $0.new }), file.movesOrImports(moves) else { return [] }
        let source = file.analysis.source
        let tokens = source.significantTokens(in: 0..<source.tokens.count)
        return tokens.indices.dropFirst(2).compactMap { position in
            let method = source.text(ofToken: tokens[position])
            guard method == "load" || method == "loads", source.isOperator(tokens[position - 1], "."),
                  Self.loaders.contains(source.text(ofToken: tokens[position - 2])) else { return nil }
            let range = source.tokens[tokens[position - 2]].range.lowerBound..<source.tokens[tokens[position]].range.upperBound
            return file.proposal(range, after: file.text(range), kind: .flag,
                                 reason: Self.reason(old: move.old, new: move.new))
        }
    }
}
