#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PythonSource

extension Workspace {
    /// The workspace of `source` and `target` under `root`, with the packages' dotted
    /// names counted from the root's real path.
    public static func locate(root: String, source: String, target: String) -> Workspace {
        Workspace(root: root, source: source, target: target,
                  sourcePackage: moduleName(of: source, under: root), targetPackage: moduleName(of: target, under: root))
    }

    /// The dotted name of the folder at `path` counted from `root`, if it has one.
    static func moduleName(of path: String, under root: String) -> ModuleName? {
        guard let folder = realPath(path), let top = realPath(root) else { return nil }
        let prefix = top == "/" ? "/" : top + "/"
        guard folder.hasPrefix(prefix) else { return nil }
        let parts = folder.dropFirst(prefix.count).split(separator: "/").map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(isIdentifier) else { return nil }
        return ModuleName(parts: parts)
    }

    private static func isIdentifier(_ part: String) -> Bool {
        guard let first = part.utf8.first, first == 0x5F || (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A else { return false }
        return part.utf8.allSatisfy { $0 == 0x5F || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }
    }

    static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
