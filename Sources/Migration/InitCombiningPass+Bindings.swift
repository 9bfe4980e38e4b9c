import PythonSource

/// Imports and other bindings: dedupe by what a name is bound to, add the source's
/// extra names after the nearest kept neighbour, and turn differences into conflicts.
extension InitCombiningPass {
    mutating func takeBindings(_ unit: InitCombinerUnit) {
        var extras: [Int] = []
        var matched: Int?
        for (index, binding) in unit.bindings.enumerated() {
            let have = known[binding.key] ?? []
            if let same = have.first(where: { $0.identity == binding.identity }) {
                if matched == nil { matched = same.unit }
                continue
            }
            guard let other = have.last(where: { $0.unit != nil }), let targetUnit = other.unit else {
                if base?.binds(binding.name, to: binding.identity) == true {
                    notes.append("not added: \(binding.name) (source line \(line(of: unit))),"
                        + " which the target removed since the base")
                } else {
                    extras.append(index)
                }
                continue
            }
            if matched == nil { matched = targetUnit }
            differ(unit, binding: index, targetUnit: targetUnit, targetIdentity: other.identity)
        }
        if let matched { anchor = matched }
        guard !extras.isEmpty else { return }
        for index in extras { known[unit.bindings[index].key, default: []].append((nil, unit.bindings[index].identity)) }
        edits.insert(text(of: unit, bindings: extras), at: offset(afterGroup: unit.isImport))
    }

    /// The source's statement for some of a unit's bindings: the unit itself when it
    /// binds only those, else an import of just those names.
    func text(of unit: InitCombinerUnit, bindings: [Int]) -> [UInt8] {
        if bindings.count < unit.bindings.count, case .import(let statement) = unit.kind {
            return spelling.statement(statement, keeping: bindings.map { statement.names[$0] }, ending: ending)
        }
        return spelling.respelled(unit, in: source, ending: ending)
    }

    private mutating func differ(_ unit: InitCombinerUnit, binding index: Int, targetUnit: Int, targetIdentity: String) {
        let binding = unit.bindings[index]
        if base?.binds(binding.name, to: binding.identity) == true { return }
        let takesSource = base?.binds(binding.name, to: targetIdentity) == true
        let difference = InitCombinerDifference(
            name: binding.name, sourceText: text(of: unit, bindings: [index]), takesSource: takesSource)
        differences[targetUnit, default: []].append(difference)
    }

    /// Replaces each target unit that has differences by a conflict region (or by the
    /// source's binding, when the base says only the source changed it).
    mutating func writeDifferences() {
        for (index, list) in differences.sorted(by: { $0.key < $1.key }) {
            let unit = target.units[index]
            var sourceSide = remainder(of: unit, without: Set(list.map { InitCombinerNames.key($0.name) }))
            var seen: Set<[UInt8]> = []
            for difference in list where seen.insert(difference.sourceText).inserted { sourceSide += difference.sourceText }
            let names = list.map(\.name).joined(separator: ", ")
            if list.allSatisfy(\.takesSource) {
                edits.replace(unit.lines, with: sourceSide)
                notes.append("took the source's binding of \(names): only the source changed it since the base")
                continue
            }
            let region = InitCombinerText.conflictRegion(target: Array(target.text(of: unit)), source: sourceSide, ending: ending)
            var named: Set<String> = []
            let conflicts = list.filter { named.insert(InitCombinerNames.key($0.name)).inserted }.map {
                ExportConflict(name: $0.name, target: unit.key,
                               source: InitCombinerText.key($0.sourceText[...]), line: 0)
            }
            edits.replace(unit.lines, with: region, conflicts: conflicts)
        }
    }

    /// The part of a target import that binds none of `names`, so choosing the source's
    /// side of a conflict keeps the target's other names. `keys` are comparison keys.
    private func remainder(of unit: InitCombinerUnit, without keys: Set<String>) -> [UInt8] {
        guard case .import(let statement) = unit.kind else { return [] }
        let kept = unit.bindings.indices.filter { !keys.contains(unit.bindings[$0].key) }
        guard !kept.isEmpty, statement.star == nil else { return [] }
        return spelling.statement(statement, keeping: kept.map { statement.names[$0] }, ending: ending)
    }

    /// Writes the target's imports of moved modules with their new names.
    mutating func respellTarget() {
        for (index, unit) in target.units.enumerated() where differences[index] == nil {
            guard case .import(let statement) = unit.kind else { continue }
            for respelling in spelling.respellings(of: statement) {
                edits.replace(respelling.range, with: respelling.bytes, startsLine: false)
            }
        }
    }
}
