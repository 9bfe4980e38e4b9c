import PythonSource

/// Spec case 73: a separate stub tree (pyright's `stubPath`, `typings/pkg/mod.pyi`;
/// mypy's `mypy_path`, `stubs/pkg/mod.pyi`) mirrors the package it describes. A
/// `.pyi` next to its `.py` moves with it; one in a stub tree does not, because the
/// move renames only the package's folder, and a type checker would then find no
/// stub for the new name and a stale one for the old. Flagged, never moved here,
/// with the path the mirrored move gives; its imports are rewritten like any file's.
struct RewriteStubTrees {
    let layout: RewriteLayout

    func proposals(in file: RewriteFile) -> [Proposal] {
        guard file.path.hasSuffix(".pyi"), !file.moves, let old = file.oldLocation,
              let (root, described) = mirrored(old.name) else { return [] }
        let newPath = root + "/" + layout.newPath(of: Self.path(of: described, package: old.isPackage))
        let start = 0..<0
        return [file.proposal(start, after: "", kind: .flag,
                              reason: "stub tree \(root)/ mirrors \(described), which moves to \(layout.moves.resolved(described)); "
                                + "move this stub to \(newPath) by hand (not edited), or type checkers see no stub for the new name")]
    }

    /// The stub tree's root folder and the module the stub describes: the longest
    /// tail of `name` that a move touches (`typings.backtester_v2.market_regime.detector`
    /// describes `backtester_v2.market_regime.detector`).
    private func mirrored(_ name: ModuleName) -> (String, ModuleName)? {
        for count in 1..<max(name.parts.count, 1) {
            let tail = ModuleName(parts: Array(name.parts.dropFirst(count)))
            if let move = layout.moves.move(containing: tail), move.old != move.new {
                return (name.parts.prefix(count).joined(separator: "/"), tail)
            }
        }
        return nil
    }

    private static func path(of name: ModuleName, package: Bool) -> String {
        name.parts.joined(separator: "/") + (package ? "/__init__.pyi" : ".pyi")
    }
}
