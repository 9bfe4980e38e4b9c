import PythonSource

/// Writes import statements in the new layout's spelling: an absolute module name that
/// a move maps is written with its new name, so a line the combiner keeps or adds does
/// not import a module that the migration removes.
///
/// Only `from` imports and aliased `import … as …` are respelled: `import a.b` binds
/// `a` and code uses `a.b.x`, which only the rewrite planner can change together.
struct InitCombinerSpelling: Sendable {
    let moves: ModuleMoves

    /// The replacements (byte range in the file, new name) that respell `statement`.
    func respellings(of statement: ImportStatement) -> [(range: Range<Int>, bytes: [UInt8])] {
        switch statement.kind {
        case .from:
            guard statement.level == 0, let module = statement.module,
                  let new = moves.mapped(module.moduleName) else { return [] }
            return [(module.range, Array(new.description.utf8))]
        case .import:
            return statement.names.compactMap { entry in
                guard entry.alias != nil, let new = moves.mapped(entry.name.moduleName) else { return nil }
                return (entry.name.range, Array(new.description.utf8))
            }
        }
    }

    /// A unit's bytes, respelled, with `ending` for every line end; with the comment
    /// lines right above it when `withComments`.
    func respelled(_ unit: InitCombinerUnit, in file: InitCombinerFile, ending: [UInt8],
                   withComments: Bool = true) -> [UInt8] {
        var bytes = Array(file.text(of: unit))
        if case .import(let statement) = unit.kind {
            for edit in respellings(of: statement).sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
                let lower = edit.range.lowerBound - unit.lines.lowerBound
                bytes.replaceSubrange(lower..<(lower + edit.range.count), with: edit.bytes)
            }
        }
        if withComments, let comments = unit.leadingComments { bytes = Array(file.bytes[comments]) + bytes }
        return InitCombinerText.withLineEndings(bytes[...], ending)
    }

    /// A one-line statement that imports only `names` of `statement` the way it does,
    /// for when some of its names are already bound and the others are not.
    func statement(_ statement: ImportStatement, keeping names: [ImportedName], ending: [UInt8]) -> [UInt8] {
        let entries = names.map { entry in
            var name = entry.name.text
            if statement.kind == .import, entry.alias != nil, let new = moves.mapped(entry.name.moduleName) {
                name = new.description
            }
            return name + (entry.alias.map { " as " + $0.text } ?? "")
        }.joined(separator: ", ")
        switch statement.kind {
        case .import:
            return Array("import \(entries)".utf8) + ending
        case .from:
            return Array("from \(fromSpelling(of: statement)) import \(entries)".utf8) + ending
        }
    }

    /// The module after `from`, in the new layout's name when it is absolute and moved.
    func fromSpelling(of statement: ImportStatement) -> String {
        if statement.level == 0, let module = statement.module, let new = moves.mapped(module.moduleName) {
            return new.description
        }
        return statement.fromText
    }
}
