import PythonSource

extension ProjectFiles {
    /// The modules `converge verify --python` imports: every `.py` file of the given
    /// top-level packages (default: every top-level folder with an `__init__.py`),
    /// sorted so a package comes before its modules. `__main__` modules are left out:
    /// importing one runs a program.
    public func importableModules(packages: [String]? = nil) -> [(name: String, path: String)] {
        let chosen = Set(packages ?? python.keys.compactMap { path in
            let parts = path.split(separator: "/")
            return parts.count == 2 && parts[1] == "__init__.py" ? String(parts[0]) : nil
        })
        return python.keys.compactMap { path -> (name: String, path: String)? in
            guard path.hasSuffix(".py"), let location = RewriteLayout.oldLocation(ofPath: path),
                  chosen.contains(location.name.parts[0]), location.name.lastPart != "__main__" else { return nil }
            return (location.name.description, path)
        }.sorted { $0.name < $1.name }
    }
}
