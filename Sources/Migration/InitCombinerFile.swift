import PythonSource

/// One version of an `__init__.py` (target, source or base), analysed and cut into
/// units, with the lookups the combiner asks of every version.
struct InitCombinerFile: Sendable {
    let bytes: [UInt8]
    let analysis: SourceAnalysis
    let units: [InitCombinerUnit]
    /// The first line end of the file: what lines added to it are written with.
    let lineEnding: [UInt8]
    /// Every name the units bind (by `ExportBinding.key`), with each unit that binds it
    /// and to what, in file order (Python keeps the last; a file may bind one name
    /// twice on purpose).
    let bindings: [String: [(unit: Int, identity: String)]]
    /// The first unit with each key, to find a statement both versions have.
    let keys: [String: Int]

    init(bytes: [UInt8], location: ModuleLocation, moves: ModuleMoves) {
        self.bytes = bytes
        analysis = SourceAnalysis(bytes: bytes)
        lineEnding = InitCombinerText.lineEnding(of: bytes)
        let units = InitCombinerCutter(analysis: analysis, location: location, moves: moves).cut()
        self.units = units
        var bindings: [String: [(unit: Int, identity: String)]] = [:]
        var keys: [String: Int] = [:]
        for (index, unit) in units.enumerated() {
            for binding in unit.bindings { bindings[binding.key, default: []].append((index, binding.identity)) }
            if keys[unit.key] == nil { keys[unit.key] = index }
        }
        self.bindings = bindings
        self.keys = keys
    }

    /// Whether some unit binds `name` to `identity`.
    func binds(_ name: String, to identity: String) -> Bool {
        bindings[InitCombinerNames.key(name)]?.contains { $0.identity == identity } ?? false
    }

    /// The index of the module docstring's unit.
    var docstringIndex: Int? {
        guard let first = units.first, case .docstring = first.kind else { return nil }
        return 0
    }

    /// The names imported `from __future__`.
    var futureNames: Set<String> {
        Set(units.flatMap { unit -> [String] in
            guard case .future(let statement) = unit.kind else { return [] }
            return statement.names.map(\.name.text)
        })
    }

    /// The comparison keys of the names any static `__all__` statement lists.
    var exportKeys: Set<String> {
        let lists = analysis.exportLists.filter { $0.operation != .remove }
        return Set(lists.flatMap { $0.entries.map { InitCombinerNames.key($0.name) } })
    }

    /// The bytes of a unit, as written.
    func text(of unit: InitCombinerUnit) -> ArraySlice<UInt8> { bytes[unit.lines] }

    /// The last unit whose kind matches, to insert after a group (imports, futures).
    func lastIndex(where matches: (InitCombinerUnit) -> Bool) -> Int? {
        units.lastIndex(where: matches)
    }
}
