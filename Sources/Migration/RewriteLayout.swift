import PythonSource

/// Where every Python file of a project sits in the module namespace before the moves
/// and after them.
///
/// Module names count from the project root, and every folder counts as a package
/// whether it has an `__init__.py` or not (a PEP 420 namespace package imports the
/// same way), so `backtester_v2/core/engine.py` is `backtester_v2.core.engine` in
/// a tree where `core/` has no `__init__.py`.
public struct RewriteLayout: Sendable {
    public let moves: ModuleMoves
    /// Every module and package of the old layout, folders included.
    public let oldModules: Set<ModuleName>

    public init(paths: some Sequence<String>, moves: ModuleMoves) {
        self.moves = moves
        var modules = Set<ModuleName>()
        for path in paths {
            guard let location = Self.oldLocation(ofPath: path) else { continue }
            var name: ModuleName? = location.name
            while let current = name, modules.insert(current).inserted {
                name = current.parent
            }
        }
        oldModules = modules
    }

    /// The file's place before the moves; nil when its path names no module (a folder
    /// that is not an identifier, such as `my-scripts/`).
    public static func oldLocation(ofPath path: String) -> ModuleLocation? {
        guard let (name, isPackage) = try? ModuleLocation.moduleName(ofRelativePath: path) else { return nil }
        return ModuleLocation(importRoot: ".", name: name, isPackage: isPackage)
    }

    /// The file's place after the moves: files inside a moved package move with it.
    public func newLocation(of old: ModuleLocation) -> ModuleLocation {
        ModuleLocation(importRoot: old.importRoot, name: moves.resolved(old.name), isPackage: old.isPackage)
    }

    /// Whether `name` is a module or package in the old layout.
    public func isModule(_ name: ModuleName) -> Bool { oldModules.contains(name) }

    /// Where the file at `path` lives after the moves (the same path when it does not
    /// move). A file that is not Python (`pkg/data/regimes.csv`) moves with its folder.
    public func newPath(of path: String) -> String {
        guard path.hasSuffix(".py") || path.hasSuffix(".pyi") else { return newPath(ofOtherFile: path) }
        // A file whose path names no module (`pkg/my-scripts/run.py`) still moves with its folder.
        guard let old = Self.oldLocation(ofPath: path) else { return newPath(ofOtherFile: path) }
        guard let moved = moves.mapped(old.name), moved != old.name else { return path }
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let suffix = file.hasSuffix(".pyi") ? ".pyi" : ".py"
        let folders = old.isPackage ? moved.parts : Array(moved.parts.dropLast())
        let name = old.isPackage ? "__init__" + suffix : moved.parts[moved.parts.count - 1] + suffix
        return (folders + [name]).joined(separator: "/")
    }

    private func newPath(ofOtherFile path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let file = parts.removeLast()
        guard !parts.isEmpty, let moved = moves.mapped(ModuleName(parts: parts)) else { return path }
        return (moved.parts + [file]).joined(separator: "/")
    }
}
