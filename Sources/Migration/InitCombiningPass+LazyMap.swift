import PythonSource

/// Spec case 66: when both versions have a lazy-import map of one name, the target's
/// map gets the source's extra entries (after their nearest shared entry, like
/// `__all__`), so the combined file has one map and one `__getattr__` reading it,
/// never two (ruff F811: the second would win silently). A key mapped to different
/// modules is a conflict; both sides of it hold the whole merged map, so either
/// choice leaves one complete map.
extension InitCombiningPass {
    /// Merges the source's map `unit` into the target's; false when the unit is not a
    /// map or the target has none to merge it into (see `targetMap(for:)`), for the
    /// ordinary comparison.
    mutating func takeLazyMap(_ unit: InitCombinerUnit) -> Bool {
        guard let theirs = InitCombinerLazyMap(unit, in: source),
              let (index, mine) = targetMap(for: theirs) else { return false }
        anchor = index
        let baseMap = base.flatMap { InitCombinerLazyMap.first(withKey: theirs.key, in: $0)?.map }
        var plan = InitCombinerLazyMapPlan(target: mine, base: baseMap)
        plan.add(theirs.entries)
        notes += plan.notes
        guard !plan.isEmpty else { return true }
        let targetUnit = target.units[index]
        let targetSide = plan.text(of: targetUnit, in: target, ending: ending, sourceValues: false)
        guard !plan.conflicts.isEmpty else {
            edits.replace(targetUnit.lines, with: targetSide)
            return true
        }
        let sourceSide = plan.text(of: targetUnit, in: target, ending: ending, sourceValues: true)
        let region = InitCombinerText.conflictRegion(target: targetSide, source: sourceSide, ending: ending)
        let conflicts = plan.conflicts.map {
            ExportConflict(name: $0.theirs.key, target: InitCombinerText.key(targetSide[...]),
                           source: InitCombinerText.key(sourceSide[...]), line: 0)
        }
        edits.replace(targetUnit.lines, with: region, conflicts: conflicts)
        return true
    }

    /// The target's map that the source's map goes into: the one of its name; else,
    /// when each version has one map and a `__getattr__` that is the other's but for
    /// the map it reads, the target's map (the target's `__getattr__` is kept). When
    /// the functions differ beyond that, each map stays with its function, so whichever
    /// side of their conflict the user chooses still finds its map.
    func targetMap(for theirs: InitCombinerLazyMap) -> (index: Int, map: InitCombinerLazyMap)? {
        if let found = InitCombinerLazyMap.first(withKey: theirs.key, in: target) { return found }
        let mine = InitCombinerLazyMap.all(in: target)
        guard mine.count == 1, InitCombinerLazyMap.all(in: source).count == 1,
              let ours = getattrIndex(in: target), let others = getattrIndex(in: source) else { return nil }
        let renamed = renaming(theirs.name, to: mine[0].map.name, in: source.units[others])
        return InitCombinerText.key(renamed[...]) == target.units[ours].key ? mine[0] : nil
    }

    /// Drops the source's `__getattr__` when it is the target's but for the name of the
    /// map it reads (the maps were merged); false for the ordinary comparison, which
    /// dedupes an identical function and puts a different one in conflict.
    mutating func takeGetattr(_ unit: InitCombinerUnit) -> Bool {
        guard unit.bindings.count == 1, unit.bindings[0].key == "__getattr__",
              let index = getattrIndex(in: target), let others = getattrIndex(in: source),
              source.units[others].lines == unit.lines,
              let theirs = InitCombinerLazyMap.all(in: source).first?.map,
              let (_, mine) = targetMap(for: theirs), theirs.key != mine.key else { return false }
        anchor = index
        return true
    }

    private func getattrIndex(in file: InitCombinerFile) -> Int? {
        file.bindings["__getattr__"]?.last?.unit
    }

    /// The source unit's bytes with every name token `old` written `new`.
    private func renaming(_ old: String, to new: String, in unit: InitCombinerUnit) -> [UInt8] {
        let tokens = source.analysis.source
        var bytes = Array(source.text(of: unit))
        for token in tokens.tokens.reversed() where token.kind == .name && unit.lines.contains(token.range.lowerBound)
            && tokens.text(in: token.range) == old {
            let lower = token.range.lowerBound - unit.lines.lowerBound
            bytes.replaceSubrange(lower..<(lower + token.range.count), with: Array(new.utf8))
        }
        return bytes
    }
}
