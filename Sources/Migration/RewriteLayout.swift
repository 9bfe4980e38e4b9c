import PythonSource

/// Where every Python file of a project sits in the module namespace before the moves
/// and after them.
///
/// Module names count from the project root, and every folder counts as a package
/// whether it has an `__init__.py` or not (a PEP 420 namespace package imports the
/// same way), so `backtester_v2/core/engine.py` is `backtester_v2.core.engine` in
/// a tree where `core/` has no `__init__.py`.
///
/// The one exception is the `src` layout (PyPA's): a top-level `src/` folder without an
/// `__init__.py` is an import root of its own, so `src/pkg/mod.py` is `pkg.mod`, while
/// the tests and scripts beside it keep counting from the project root.
public struct RewriteLayout: Sendable {
    public let moves: ModuleMoves
    /// Every module and package of the old layout, folders included.
    public let oldModules: Set<ModuleName>
    /// Folders (relative to the root) whose contents count as top-level modules: `src`
    /// in a src layout, none otherwise.
    public let sourceRoots: [String]

    public init(paths: some Sequence<String>, moves: ModuleMoves) {
        self.moves = moves
        let paths = Array(paths)
        sourceRoots = Self.sourceRoots(in: paths)
        var modules = Set<ModuleName>()
        for path in paths {
            guard let location = Self.oldLocation(ofPath: path, sourceRoots: sourceRoots) else { continue }
            var name: ModuleName? = location.name
            while let current = name, modules.insert(current).inserted {
                name = current.parent
            }
        }
        oldModules = modules
    }

    /// `["src"]` when the Python files include some under `src/` and no `src/__init__.py`.
    public static func sourceRoots(in paths: [String]) -> [String] {
        paths.contains { $0.hasPrefix("src/") } && !paths.contains("src/__init__.py") ? ["src"] : []
    }

    /// The file's place before the moves; nil when its path names no module (a folder
    /// that is not an identifier, such as `my-scripts/`).
    public func oldLocation(ofPath path: String) -> ModuleLocation? {
        Self.oldLocation(ofPath: path, sourceRoots: sourceRoots)
    }

    static func oldLocation(ofPath path: String, sourceRoots: [String]) -> ModuleLocation? {
        let (root, relative) = split(path, sourceRoots: sourceRoots)
        guard let (name, isPackage) = try? ModuleLocation.moduleName(ofRelativePath: relative) else { return nil }
        return ModuleLocation(importRoot: root.isEmpty ? "." : root, name: name, isPackage: isPackage)
    }

    /// The source root holding `path` (empty for the project root) and the path below it.
    static func split(_ path: String, sourceRoots: [String]) -> (root: String, relative: String) {
        for root in sourceRoots where path.hasPrefix(root + "/") {
            return (root, String(path.dropFirst(root.count + 1)))
        }
        return ("", path)
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
        let (root, relative) = Self.split(path, sourceRoots: sourceRoots)
        let prefix = root.isEmpty ? "" : root + "/"
        guard relative.hasSuffix(".py") || relative.hasSuffix(".pyi") else { return prefix + newPath(ofOtherFile: relative) }
        // A file whose path names no module (`pkg/my-scripts/run.py`) still moves with its folder.
        guard let old = oldLocation(ofPath: path) else { return prefix + newPath(ofOtherFile: relative) }
        guard let moved = moves.mapped(old.name), moved != old.name else { return path }
        let file = relative.split(separator: "/").last.map(String.init) ?? relative
        let suffix = file.hasSuffix(".pyi") ? ".pyi" : ".py"
        let folders = old.isPackage ? moved.parts : Array(moved.parts.dropLast())
        let name = old.isPackage ? "__init__" + suffix : moved.parts[moved.parts.count - 1] + suffix
        return prefix + (folders + [name]).joined(separator: "/")
    }

    /// `path` (relative to its source root) of a file that is not Python, after the moves.
    private func newPath(ofOtherFile path: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let file = parts.removeLast()
        guard !parts.isEmpty, let moved = moves.mapped(ModuleName(parts: parts)) else { return path }
        return (moved.parts + [file]).joined(separator: "/")
    }
}
