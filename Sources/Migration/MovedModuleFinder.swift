import PythonSource

/// Finds the source-only modules that the target has moved elsewhere.
///
/// The rule, by name (definitions are compared by name, not by body): a source-only
/// ordinary module (not `__init__.py`, `__main__.py` or a test module, not a script
/// with an `if __name__` block, not broken Python) counts as moved to a target module
/// when
/// 1. it defines at least one public function or class,
/// 2. each name it defines for importers (see `ModuleDefinitions.own`) is defined, not
///    just imported, by some target module: otherwise mapping would lose code that
///    copying keeps, and
/// 3. one target module binds every name an importer may take (its own names and what
///    its `__all__` re-exports), by a definition or an import, so every
///    `from module import name` still works after the mapping.
///
/// Among the target modules that define one of its functions or classes and meet (3),
/// the one that defines the most of its names wins (the first by path on a tie). A
/// module split over two target modules, neither of which imports the other's part,
/// fails (3) and stays a plain copy.
///
/// Names, not bodies, are compared, so a module whose only public function has a
/// common name (`run`) counts as moved to a target module with a `run` of its own; the
/// reason names the definitions, and the user can copy it after all.
public struct MovedModuleFinder: Sendable {
    public let index: TargetDefinitionIndex

    public init(index: TargetDefinitionIndex) { self.index = index }

    /// Indexes the target's files (relative path → bytes) once.
    public init(targetFiles: [String: [UInt8]]) { self.init(index: TargetDefinitionIndex(files: targetFiles)) }

    /// The moved modules among `sourceOnly` (relative path → bytes), by path.
    /// - Complexity: one analysis per source file plus one index look-up per name.
    public func movedModules(sourceOnly: [String: [UInt8]]) -> [MovedModule] {
        sourceOnly.keys.sorted().compactMap { movedModule(path: $0, bytes: sourceOnly[$0]!) }
    }

    /// Whether the source-only file at `path` counts as moved, and where to.
    public func movedModule(path: String, bytes: [UInt8]) -> MovedModule? {
        guard path.hasSuffix(".py"), PythonModuleRole(path: path) == .ordinary,
              let (module, _) = try? ModuleLocation.moduleName(ofRelativePath: path) else { return nil }
        let analysis = SourceAnalysis(bytes: bytes)
        guard analysis.problems.isEmpty else { return nil }
        let names = ModuleDefinitions(analysis)
        guard !names.isScript, !names.functionsAndClasses.isEmpty,
              names.own.allSatisfy({ index.modulesDefining[$0] != nil }),
              let home = home(of: names) else { return nil }
        return MovedModule(
            path: path, module: module, targetPath: home.path, targetModule: home.name,
            definitions: names.own + names.reexported, reason: reason(names, home))
    }

    /// The target module that binds all of `names` and defines the most of them.
    private func home(of names: ModuleDefinitions) -> TargetDefinitionIndex.Module? {
        var candidates = Set<Int>()
        for name in names.functionsAndClasses { candidates.formUnion(index.modulesDefining[name] ?? []) }
        let wanted = names.own + names.reexported
        var best: (module: Int, defined: Int)?
        for candidate in candidates.sorted() {
            let module = index.modules[candidate]
            guard wanted.allSatisfy(module.bound.contains) else { continue }
            let defined = names.own.count { module.defined.contains($0) }
            if best.map({ defined > $0.defined || (defined == $0.defined && module.path < index.modules[$0.module].path) }) ?? true {
                best = (candidate, defined)
            }
        }
        return best.map { index.modules[$0.module] }
    }

    private func reason(_ names: ModuleDefinitions, _ home: TargetDefinitionIndex.Module) -> String {
        let wanted = names.own + names.reexported
        let definedThere = wanted.filter(home.defined.contains)
        let importedThere = wanted.filter { !home.defined.contains($0) }
        var text = "the target's \(home.path) defines \(Self.list(definedThere))"
        if !importedThere.isEmpty { text += " and imports \(Self.list(importedThere))" }
        return text + "; copying the module would define them twice"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
