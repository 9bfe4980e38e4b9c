import PythonSource

/// One combination of a target and a source `__init__.py`: walks the source's units in
/// order and decides for each whether the target already has it, binds its name to
/// something else (a conflict), or lacks it (it is added after its nearest kept
/// neighbour).
///
/// With a base, a difference that only one side made since the base is taken without
/// asking: a statement or `__all__` entry the source has and the base has too was
/// removed by the target and stays removed; a name only the source rebound since the
/// base takes the source's binding. (Non-import statements are not three-way merged
/// line by line: a source-only one is added at the end, with a note.)
struct InitCombiningPass {
    let target: InitCombinerFile
    let source: InitCombinerFile
    let base: InitCombinerFile?
    let spelling: InitCombinerSpelling

    var edits = InitCombinerEdits()
    var notes: [String] = []
    /// Every name bound so far: the target's, then what was added; `unit` is the
    /// target's unit, nil for an added one.
    var known: [String: [(unit: Int?, identity: String)]]
    /// The target unit that the last source unit both versions have matched.
    var anchor: Int?
    /// Keys of the source units added, so a repeated one is added once.
    var addedKeys: Set<String> = []
    /// Where the source's `__all__` statements went, when the target has none.
    var addedExportListOffset: Int?
    /// `__future__` names added, so each is imported once.
    var addedFutures: Set<String> = []
    /// Per target unit, the source bindings that differ from it.
    var differences: [Int: [InitCombinerDifference]] = [:]

    init(target: InitCombinerFile, source: InitCombinerFile, base: InitCombinerFile?, spelling: InitCombinerSpelling) {
        self.target = target
        self.source = source
        self.base = base
        self.spelling = spelling
        known = target.bindings.mapValues { $0.map { (Optional($0.unit), $0.identity) } }
    }

    var ending: [UInt8] { target.lineEnding }

    mutating func run() -> InitCombination {
        for unit in source.units { take(unit) }
        addTargetPublicNames()
        writeDifferences()
        respellTarget()
        var exports = ExportListMerge(target: target, source: source, base: base, ending: ending)
        exports.merge(into: &edits)
        notes += exports.notes
        let (bytes, conflicts) = edits.apply(to: target.bytes, ending: ending)
        return InitCombination(bytes: bytes, conflicts: conflicts, notes: notes)
    }

    private mutating func take(_ unit: InitCombinerUnit) {
        switch unit.kind {
        case .docstring: takeDocstring(unit)
        case .future(let statement): takeFuture(unit, statement)
        case .binding where takeLazyMap(unit) || takeGetattr(unit): break
        case .import, .binding: takeBindings(unit)
        case .exportList: takeExportList(unit)
        case .other: takeOther(unit)
        }
    }

    private mutating func takeDocstring(_ unit: InitCombinerUnit) {
        if let index = target.docstringIndex {
            if target.units[index].key != unit.key {
                notes.append("kept the target's docstring; the source's (line \(line(of: unit))) was dropped")
            }
            return
        }
        edits.insert(spelling.respelled(unit, in: source, ending: ending), at: headOffset)
        notes.append("the target has no docstring: took the source's")
    }

    private mutating func takeFuture(_ unit: InitCombinerUnit, _ statement: ImportStatement) {
        let have = target.futureNames.union(addedFutures)
        let missing = statement.names.filter { !have.contains($0.name.text) }
        guard !missing.isEmpty else { return }
        addedFutures.formUnion(missing.map(\.name.text))
        let text = missing.count == statement.names.count
            ? spelling.respelled(unit, in: source, ending: ending)
            : spelling.statement(statement, keeping: missing, ending: ending)
        edits.insert(text, at: futuresEndOffset)
    }

    private mutating func takeOther(_ unit: InitCombinerUnit) {
        if let index = target.keys[unit.key] {
            anchor = index
            return
        }
        guard !addedKeys.contains(unit.key) else { return }
        if base?.keys[unit.key] != nil {
            notes.append("not added: the source's statement at line \(line(of: unit)), which the target removed since the base")
            return
        }
        addedKeys.insert(unit.key)
        edits.insert(spelling.respelled(unit, in: source, ending: ending), at: target.bytes.count)
        notes.append("added at the end: the source's statement at line \(line(of: unit)), which the target does not have;"
            + " check where it should run")
    }

    /// The line (from 1) of a source unit.
    func line(of unit: InitCombinerUnit) -> Int {
        source.analysis.source.lines.line(containing: unit.lines.lowerBound)
    }
}
