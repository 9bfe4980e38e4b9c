#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PythonSource

extension Workspace {
    /// The workspace of `source` and `target` under `root`, with the packages' dotted
    /// names counted from the root's real path.
    /// In a src layout (a top-level `src/` without `__init__.py`) names count from `src/`,
    /// as `RewriteLayout` counts them.
    public static func locate(root: String, source: String, target: String) -> Workspace {
        let sourceFolder = folder(of: source, under: root), targetFolder = folder(of: target, under: root)
        let sourceRoot = DiskPath.kind(of: root + "/src") == .folder && DiskPath.kind(of: root + "/src/__init__.py") == .nothing ? "src" : ""
        return Workspace(root: root, source: source, target: target,
                         sourcePackage: sourceFolder.flatMap { moduleName($0, sourceRoot: sourceRoot) },
                         targetPackage: targetFolder.flatMap { moduleName($0, sourceRoot: sourceRoot) },
                         sourcePrefix: sourceFolder, targetPrefix: targetFolder)
    }

    /// The folder at `path` relative to `root`, when it is inside it.
    static func folder(of path: String, under root: String) -> String? {
        guard let folder = realPath(path), let top = realPath(root) else { return nil }
        let prefix = top == "/" ? "/" : top + "/"
        guard folder.hasPrefix(prefix) else { return nil }
        return String(folder.dropFirst(prefix.count))
    }

    /// The dotted name of a root-relative folder, if it has one: named as `RewriteLayout`
    /// names the files in it (the same identifier rule, keywords refused).
    static func moduleName(_ folder: String, sourceRoot: String) -> ModuleName? {
        var parts = folder.split(separator: "/").map(String.init)
        if !sourceRoot.isEmpty, parts.first == sourceRoot, parts.count > 1 { parts.removeFirst() }
        guard !parts.isEmpty else { return nil }
        return try? ModuleLocation.moduleName(ofRelativePath: (parts + ["__init__.py"]).joined(separator: "/")).name
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
