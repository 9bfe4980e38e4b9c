import PythonSource

/// A target without `__all__` and a source with one (spec case 65): the combined file
/// gets the source's `__all__` plus the target's public names, so that
/// `from package import *` still brings in everything the target exported implicitly.
extension InitCombiningPass {
    mutating func takeExportList(_ unit: InitCombinerUnit) {
        guard target.analysis.exportLists.isEmpty, !addedKeys.contains(unit.key) else { return }
        addedKeys.insert(unit.key)
        let offset = offset(afterGroup: false)
        edits.insert(spelling.respelled(unit, in: source, ending: ending), at: offset)
        addedExportListOffset = offset
    }

    /// Adds `__all__ += [...]` with the target's public names right after the source's
    /// `__all__` statements, when those were added.
    mutating func addTargetPublicNames() {
        guard let offset = addedExportListOffset else { return }
        var seen = source.exportKeys
        let names = target.units.flatMap(\.bindings)
            .filter { !$0.name.hasPrefix("_") && !$0.name.contains(" ") && seen.insert($0.key).inserted }
            .map(\.name)
        let listed = names.joined(separator: ", ")
        if source.analysis.hasDynamicExportList {
            notes.append("the target has no __all__ and the source's cannot be read without running it:"
                + " added it; check that it lists the target's public names \(listed)")
            return
        }
        notes.append("the target has no __all__: added the source's, which limits what `from package import *`"
            + " brings in" + (names.isEmpty ? "" : "; added the target's public names \(listed) to it"))
        guard !names.isEmpty else { return }
        let quoted = names.map { "\"\($0)\"" }.joined(separator: ", ")
        edits.insert(Array("__all__ += [\(quoted)]".utf8) + ending, at: offset)
    }
}
