import PythonSource

/// Every module and package under a project root, found once from the paths, so that
/// each import can be resolved without touching the disk.
///
/// Module names count from the root (or from `src/` in a src layout), as in
/// `RewriteLayout`: every folder that holds a
/// Python file counts as a package, with or without an `__init__.py` (a PEP 420
/// namespace package imports the same way), and so does a folder that holds only data
/// (`numpy/_core/include/`, headers only, imports as an empty namespace package). A
/// compiled extension (`_speedups.cpython-311-x86_64-linux-gnu.so`) is a module too.
struct ProjectModuleIndex: Sendable {
    /// Module → its source files, `.py` before `.pyi`; empty for a namespace folder or
    /// an extension module.
    private(set) var sources: [ModuleName: [String]] = [:]
    /// The first part of every module: an import starting with one of these is the project's.
    private(set) var topLevel: Set<String> = []
    /// `["src"]` in a src layout: folders whose contents are top-level modules.
    let sourceRoots: [String]
    /// Modules that hold other modules or files: packages and folders.
    private(set) var parents: Set<ModuleName> = []

    init(_ files: ProjectFiles) {
        sourceRoots = RewriteLayout.sourceRoots(in: Array(files.python.keys))
        for path in files.python.keys.sorted(by: Self.sourceFirst) {
            guard let location = location(ofPath: path) else { continue }
            add(location.name, file: path)
            // `import pkg.__init__` loads the package's `__init__.py` once more, as a module of its own.
            if location.isPackage { add(location.name.appending(ModuleName(parts: ["__init__"])), file: path) }
        }
        for path in files.others.keys {
            let folders = RewriteLayout.split(path, sourceRoots: sourceRoots).relative.split(separator: "/").dropLast().map(String.init)
            guard !folders.isEmpty, folders.allSatisfy(Self.isModulePart) else { continue }
            let folder = ModuleName(parts: folders)
            add(folder, file: nil)
            parents.insert(folder)
        }
        for path in files.extensionModules {
            var parts = RewriteLayout.split(path, sourceRoots: sourceRoots).relative.split(separator: "/").map(String.init)
            guard let file = parts.popLast(), let stem = file.split(separator: ".").first else { continue }
            let name = ModuleName(parts: parts + [String(stem)])
            if name.parts.allSatisfy(Self.isModulePart) { add(name, file: nil) }
        }
    }

    /// Where the Python file at `path` sits in the module namespace; nil when its path
    /// names no module (`my-scripts/run.py`).
    func location(ofPath path: String) -> ModuleLocation? {
        RewriteLayout.oldLocation(ofPath: path, sourceRoots: sourceRoots)
    }

    /// A folder or file name an import can spell: an identifier that is not a keyword.
    private static func isModulePart(_ part: String) -> Bool {
        (try? ModuleLocation.moduleName(ofRelativePath: part + ".py")) != nil
    }

    private mutating func add(_ name: ModuleName, file: String?) {
        sources[name, default: []].append(contentsOf: file.map { [$0] } ?? [])
        var parent = name.parent
        while let folder = parent, !folder.isEmpty, parents.insert(folder).inserted {
            if sources[folder] == nil { sources[folder] = [] }
            parent = folder.parent
        }
        topLevel.insert(name.parts[0])
    }

    /// `.py` files before `.pyi` stubs, so a module's first source is the one that runs.
    private static func sourceFirst(_ left: String, _ right: String) -> Bool {
        let (leftStub, rightStub) = (left.hasSuffix(".pyi"), right.hasSuffix(".pyi"))
        return leftStub == rightStub ? left < right : rightStub
    }

    /// Whether an import of `name` is the project's business: its top-level package
    /// (or module) is under the root.
    func isProjectModule(_ name: ModuleName) -> Bool {
        name.parts.first.map(topLevel.contains) ?? false
    }

    /// Whether `name` is a module or package (a file, a folder or an extension).
    func contains(_ name: ModuleName) -> Bool { sources[name] != nil }

    /// The first part of `name` that names no module (`a.b` for `a.b.c` without `a/b`),
    /// or nil when every part resolves.
    func firstMissing(_ name: ModuleName) -> ModuleName? {
        for count in 1...max(name.parts.count, 1) where count <= name.parts.count {
            let prefix = ModuleName(parts: Array(name.parts.prefix(count)))
            if !contains(prefix) { return prefix }
        }
        return nil
    }

    /// Whether `name` is a folder (a package or a namespace folder, with modules or data in it).
    func hasChildren(_ name: ModuleName) -> Bool { parents.contains(name) }

    /// The source files of `name` (`pkg/__init__.py`, `pkg/__init__.pyi`, or `mod.py`).
    func files(of name: ModuleName) -> [String] { sources[name] ?? [] }
}
