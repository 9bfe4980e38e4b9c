import PythonSource

/// A name that a top-level statement of an `__init__.py` binds, and what it binds it to.
///
/// Two versions agree on a name when the identities are equal: for imports, the module
/// or attribute after resolving relative dots and mapping through the moves, so
/// `from .detector import X` and `from old.pkg.detector import X` are the same binding
/// (spec case 59); for other statements, their text.
struct ExportBinding: Hashable, Sendable {
    /// The bound name; for `import a.b` and `from m import *`, which bind nothing one
    /// could clash with, a key that only the same import has.
    var name: String
    /// What the name is bound to.
    var identity: String

    /// The name as Python compares it (NFKC), to match bindings across versions.
    var key: String { InitCombinerNames.key(name) }

    /// Whether two versions binding this name to different things is a conflict.
    var canConflict: Bool { !name.hasPrefix("import ") && !name.hasPrefix("* ") }

    /// The bindings of one import statement, each name resolved in `location` and mapped
    /// through `moves`.
    static func bindings(of statement: ImportStatement, location: ModuleLocation, moves: ModuleMoves) -> [ExportBinding] {
        switch statement.kind {
        case .import:
            return statement.names.map { entry in
                let module = InitCombinerNames.key(moves.resolved(entry.name.moduleName).description)
                if let alias = entry.alias { return ExportBinding(name: alias.text, identity: module) }
                return ExportBinding(name: "import " + module, identity: module)
            }
        case .from:
            let module = fromModule(of: statement, location: location)
            if statement.star != nil {
                let resolved = InitCombinerNames.key(moves.resolved(module).description)
                return [ExportBinding(name: "* " + resolved, identity: resolved)]
            }
            return statement.names.map { entry in
                let target = moves.resolved(module.appending(entry.name.moduleName))
                return ExportBinding(name: entry.boundName, identity: InitCombinerNames.key(target.description))
            }
        }
    }

    /// The absolute module a `from` import reads from; when the dots climb above the top
    /// package, the dotted text as written, so it still compares equal to itself.
    static func fromModule(of statement: ImportStatement, location: ModuleLocation) -> ModuleName {
        if let module = try? statement.fromModule(in: location) { return module }
        return ModuleName(parts: [statement.fromText])
    }
}
