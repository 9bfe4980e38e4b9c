import PythonSource

/// `__all__` entries of a package's `__init__` that name a submodule which moves out
/// of the package (REGROUP: `comprehensive_greeks` into `comprehensive_modules`):
/// `from pkg import *` would then fail with an AttributeError. Flagged with the import
/// that keeps the public surface; the user decides between it and editing `__all__`.
struct RewriteExportLists {
    let layout: RewriteLayout

    func proposals(in file: RewriteFile) -> [Proposal] {
        guard let old = file.oldLocation, let new = file.newLocation, old.isPackage else { return [] }
        let bound = Set(file.analysis.imports.flatMap(\.boundNames))
        let defined = Set(file.analysis.definitions.map(\.name))
        return file.analysis.exportLists.filter { $0.depth == 0 }.flatMap(\.entries).compactMap { entry in
            let full = old.name.appending(ModuleName(entry.name))
            guard !bound.contains(entry.name), !defined.contains(entry.name), layout.isModule(full),
                  let moved = layout.moves.mapped(full), let parent = moved.parent, parent != new.name,
                  let spelling = RelativeImport.minimalSpelling(of: parent, from: new.name, isPackage: true) else { return nil }
            let suggestion = "from \(spelling) import \(moved.lastPart ?? entry.name)"
            return file.proposal(entry.range, after: suggestion, kind: .flag,
                                 reason: "__all__ lists the submodule \(entry.name), which moves to \(moved); "
                                    + "`from \(new.name) import *` would fail: add `\(suggestion)` to __init__ or edit __all__")
        }
    }
}
