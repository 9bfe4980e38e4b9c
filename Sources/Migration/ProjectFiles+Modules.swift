import PythonSource

extension ProjectFiles {
    /// The modules `converge verify --python` imports: every `.py` file of the given
    /// top-level packages (default: every top-level package with an `__init__.py`, in
    /// `src/` too in a src layout), sorted so a package comes before its modules.
    /// `__main__` modules are left out: importing one runs a program.
    public func importableModules(packages: [String]? = nil) -> [(name: String, path: String)] {
        let layout = RewriteLayout(paths: python.keys, moves: ModuleMoves([]))
        let located = python.keys.filter { $0.hasSuffix(".py") }.compactMap { path in layout.oldLocation(ofPath: path).map { (path, $0) } }
        let chosen = Set(packages ?? located.compactMap { $1.isPackage && $1.name.parts.count == 1 ? $1.name.parts[0] : nil })
        return located.compactMap { path, location -> (name: String, path: String)? in
            guard chosen.contains(location.name.parts[0]), location.name.lastPart != "__main__" else { return nil }
            return (location.name.description, path)
        }.sorted { $0.name < $1.name }
    }

    /// The folders besides the root that imports start from: `["src"]` in a src layout.
    public var sourceRoots: [String] { RewriteLayout.sourceRoots(in: Array(python.keys)) }
}
