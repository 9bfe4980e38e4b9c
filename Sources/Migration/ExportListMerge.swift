import PythonSource

/// Adds the source's `__all__` entries to the target's `__all__` statements: each entry
/// only the source lists goes right after the closest preceding entry both list (or at
/// the end of the target's list), in the target's quotes and layout.
///
/// A dynamic target `__all__` (`[n for n in dir()]`, `x.__all__`) is never rewritten:
/// the names it would miss are reported in a note instead (spec case 55).
struct ExportListMerge {
    let target: InitCombinerFile
    let source: InitCombinerFile
    let base: InitCombinerFile?
    let ending: [UInt8]
    private(set) var notes: [String] = []
    /// The closing brackets of empty literals that new entries went into already.
    var filledLiterals: Set<Int> = []

    init(target: InitCombinerFile, source: InitCombinerFile, base: InitCombinerFile?, ending: [UInt8]) {
        self.target = target
        self.source = source
        self.base = base
        self.ending = ending
    }

    mutating func merge(into edits: inout InitCombinerEdits) {
        guard !target.analysis.exportLists.isEmpty else { return }
        if source.analysis.hasDynamicExportList {
            notes.append("the source's __all__ cannot be read without running it: kept the target's;"
                + " check what the source exports")
        }
        let extras = extraNames()
        guard !extras.isEmpty else { return }
        if target.analysis.hasDynamicExportList {
            let names = extras.map(\.name).joined(separator: ", ")
            notes.append("the target's __all__ cannot be read without running it, so it was not changed;"
                + " the source also exports \(names)")
            return
        }
        var groups: [(after: String?, names: [String])] = []
        for extra in extras {
            if let last = groups.indices.last, groups[last].after == extra.after {
                groups[last].names.append(extra.name)
            } else {
                groups.append((extra.after, [extra.name]))
            }
        }
        for group in groups { place(group.names, after: group.after, into: &edits) }
    }

    /// The names to add, each with the closest preceding name both versions list.
    private mutating func extraNames() -> [(name: String, after: String?)] {
        let listedByTarget = target.exportKeys
        var listed = listedByTarget
        let removed = base?.exportKeys ?? []
        var previous: String?
        var extras: [(name: String, after: String?)] = []
        for name in sourceNames() {
            let key = InitCombinerNames.key(name)
            if listedByTarget.contains(key) { previous = name; continue }
            guard listed.insert(key).inserted else { continue }
            if removed.contains(key) {
                notes.append("not added to __all__: \(name), which the target removed since the base")
                continue
            }
            extras.append((name, previous))
        }
        return extras
    }

    /// The source's `__all__` names in order; with no `__all__`, its public names that
    /// the target does not bind (spec case 65), with a note since that changes what a
    /// star import of the package brings in.
    private mutating func sourceNames() -> [String] {
        let lists = source.analysis.exportLists.filter { $0.operation != .remove }
        if !source.analysis.exportLists.isEmpty { return lists.flatMap { $0.entries.map(\.name) } }
        let targetNames = target.bindings
        let names = source.units.flatMap(\.bindings).map(\.name)
            .filter { !$0.hasPrefix("_") && !$0.contains(" ") && targetNames[InitCombinerNames.key($0)] == nil }
        if !names.isEmpty {
            notes.append("the source has no __all__ and exports \(names.joined(separator: ", ")) implicitly:"
                + " added them to the target's __all__, so `from package import *` keeps bringing them in")
        }
        return names
    }
}
