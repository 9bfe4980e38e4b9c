import PythonSource

/// Spec case 70: one file imported under two module names. A `sys.path` entry that
/// points at `backtester_v2/` makes `market_regime.detector` importable next to
/// `backtester_v2.market_regime.detector`: two module objects for one file, so
/// `isinstance` fails and registries fill twice, and mypy reports the file "found
/// twice". An import whose name is not a module of the project, but is the tail of
/// a moved one, is such a second name. Flagged, not edited: whether the `sys.path`
/// hack or the import should go is the user's call (a shim should alias through
/// `sys.modules`, not re-import).
struct RewriteSecondNames {
    let layout: RewriteLayout

    func proposals(in file: RewriteFile) -> [Proposal] {
        file.analysis.imports.filter { $0.problem == nil && !$0.isRelative }.flatMap { statement -> [Proposal] in
            let names = statement.kind == .import ? statement.names.map(\.name) : statement.module.map { [$0] } ?? []
            return names.compactMap { name in
                guard let full = fullName(of: name.moduleName), let moved = layout.moves.mapped(full) else { return nil }
                return file.proposal(name.range, after: name.text, kind: .flag,
                                     reason: "\(name.text) is \(full) imported under a second name (a sys.path entry inside the "
                                        + "package): one file, two module objects; after the move it is \(moved); not edited: "
                                        + "import it by its full name, or alias through sys.modules")
            }
        }
    }

    /// The project module `name` is a tail of, when `name` itself is none: its first
    /// part must be a folder on the path of a moved package (`market_regime` of
    /// `backtester_v2.market_regime`).
    private func fullName(of name: ModuleName) -> ModuleName? {
        guard let first = name.parts.first, !layout.isModule(ModuleName(parts: [first])) else { return nil }
        for move in layout.moves.moves where move.old != move.new {
            for index in move.old.parts.indices.dropFirst() where move.old.parts[index] == first {
                let full = ModuleName(parts: Array(move.old.parts.prefix(index))).appending(name)
                if layout.isModule(full) && full.hasPrefix(move.old) { return full }
            }
        }
        return nil
    }
}
