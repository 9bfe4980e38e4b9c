/// Where a Python file sits in the module namespace: the folder imports start from,
/// its dotted name, and the package its relative imports count from.
///
/// No file is read here; whether a folder is a package is asked through a closure, so
/// the rules can be tested on made-up trees.
public struct ModuleLocation: Hashable, Sendable {
    /// The folder on `sys.path` that the module name is relative to.
    public var importRoot: String
    /// `a.b.c` for `a/b/c.py`, `a.b` for `a/b/__init__.py`, `a.b.__main__` for
    /// `a/b/__main__.py` (its name when imported; run with `-m a.b` it is `__main__`
    /// with `__package__` set to `a.b`, so relative imports count from `a.b` either way).
    public var name: ModuleName
    /// The file is a package's `__init__.py` (or `__init__.pyi`).
    public var isPackage: Bool

    public init(importRoot: String, name: ModuleName, isPackage: Bool) {
        self.importRoot = importRoot
        self.name = name
        self.isPackage = isPackage
    }

    /// The package one leading dot means (PEP 328): the package itself for an
    /// `__init__.py`, otherwise the module's parent; empty for a top-level module.
    public var basePackage: ModuleName {
        isPackage ? name : (name.parent ?? ModuleName(parts: []))
    }

    /// The location of the file at `path` (a path with `/` separators): the import root
    /// is the first folder upward that `hasInitFile` says is not a package.
    public static func locate(file path: String, hasInitFile: (String) -> Bool) throws(ModuleNameError) -> ModuleLocation {
        let root = importRoot(ofFile: path, hasInitFile: hasInitFile)
        let relative = PathParts(path).components.dropFirst(PathParts(root).components.count)
        let (name, isPackage) = try moduleName(ofRelativePath: relative.joined(separator: "/"))
        return ModuleLocation(importRoot: root, name: name, isPackage: isPackage)
    }

    /// The first folder above `path` without an `__init__.py`: where Python must start
    /// looking for the file's top-level package. `"."` when that is the current folder.
    public static func importRoot(ofFile path: String, hasInitFile: (String) -> Bool) -> String {
        var folder = PathParts(path).parent
        while !folder.components.isEmpty && hasInitFile(folder.path) {
            folder = folder.parent
        }
        return folder.path
    }

    /// The module name of a file given relative to its import root: `a/b/c.py` → `a.b.c`,
    /// `a/b/__init__.py` → `a.b` (a package).
    public static func moduleName(ofRelativePath path: String) throws(ModuleNameError) -> (name: ModuleName, isPackage: Bool) {
        var parts = PathParts(path).components
        guard let file = parts.popLast() else { throw ModuleNameError(path: path, reason: "the path is empty") }
        guard let stem = [".py", ".pyi"].lazy.compactMap({ file.hasSuffix($0) ? String(file.dropLast($0.count)) : nil }).first else {
            throw ModuleNameError(path: path, reason: "not a Python file (.py or .pyi)")
        }
        let isPackage = stem == "__init__"
        if !isPackage { parts.append(stem) }
        guard !parts.isEmpty else {
            throw ModuleNameError(path: path, reason: "an __init__ file at the import root belongs to no package")
        }
        if let bad = parts.first(where: { !isIdentifier($0) }) {
            throw ModuleNameError(path: path, reason: "'\(bad)' is not a Python identifier, so no import can name this file")
        }
        return (ModuleName(parts: parts), isPackage)
    }

    /// A name Python accepts as a module name part: identifier bytes, not starting with
    /// a digit, and not a keyword.
    static func isIdentifier(_ text: String) -> Bool {
        guard let first = text.utf8.first, first.isIdentifierStart else { return false }
        return text.utf8.allSatisfy(\.isIdentifierContinue) && !PythonKeywords.isKeyword(text)
    }
}
