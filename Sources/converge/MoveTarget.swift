#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration
import PythonSource

/// What `converge move` moves, checked before anything is written: OLD must exist as
/// a package folder or a module file under the root, NEW must not exist and must not
/// lie inside OLD.
struct MoveTarget {
    let root: String
    let move: ModuleMove
    /// The folder (`pkg/sub`) or the module's files (`pkg/mod.py`, `pkg/mod.pyi`) that move,
    /// relative to the root.
    let oldPaths: [String]
    let isPackage: Bool
    /// Where module names count from, relative to the root: `src/` in a src layout
    /// (OLD found under `src/`, which has no `__init__.py`), else empty.
    let prefix: String

    static func checked(root: String, old: String, new: String) throws(CommandFailure) -> MoveTarget {
        let oldName = try moduleName(old), newName = try moduleName(new)
        guard isFolder(root) else { throw CommandFailure("\(root): no such folder (--root)") }
        guard !newName.hasPrefix(oldName) else { throw CommandFailure("\(new) is inside \(old); a module cannot move into itself") }
        let name = oldName.parts.joined(separator: "/")
        let found = { (prefix: String) -> (Bool, [String]) in
            let folder = prefix + name
            let isPackage = isFolder("\(root)/\(folder)")
            return (isPackage, isPackage ? [folder] : [".py", ".pyi"].map { folder + $0 }.filter { exists("\(root)/\($0)") })
        }
        var prefix = ""
        var (isPackage, oldPaths) = found(prefix)
        if oldPaths.isEmpty, isFolder("\(root)/src"), !exists("\(root)/src/__init__.py") {
            prefix = "src/"
            (isPackage, oldPaths) = found(prefix)
        }
        guard !oldPaths.isEmpty else {
            throw CommandFailure("\(old): no module or package at \(root)/\(name)(.py)")
        }
        let newFolder = prefix + newName.parts.joined(separator: "/")
        if let clash = [newFolder, newFolder + ".py", newFolder + ".pyi"].first(where: { exists("\(root)/\($0)") }) {
            throw CommandFailure("\(new) already exists at \(root)/\(clash); choose a new name")
        }
        if let clash = caseClash(root: root, path: newFolder) {
            throw CommandFailure("\(new) differs only in letter case from \(root)/\(clash); on a case-insensitive file system they collide")
        }
        for count in stride(from: 1, to: newName.parts.count, by: 1) {
            let folder = prefix + newName.parts.prefix(count).joined(separator: "/")
            if exists("\(root)/\(folder).py") {
                throw CommandFailure("\(root)/\(folder).py is a module where \(new) needs a package; rename one of them first")
            }
        }
        return MoveTarget(root: root, move: ModuleMove(old: oldName, new: newName), oldPaths: oldPaths, isPackage: isPackage,
                          prefix: prefix)
    }

    /// `text` as a dotted module name whose parts are all Python identifiers.
    static func moduleName(_ text: String) throws(CommandFailure) -> ModuleName {
        let name = ModuleName(text)
        let valid = !name.isEmpty && name.parts.allSatisfy { part in
            guard let first = part.utf8.first, first == 0x5F || (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A else { return false }
            return part.utf8.allSatisfy { $0 == 0x5F || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 >= 0x30 && $0 <= 0x39 }
        }
        guard valid else { throw CommandFailure("\(text): not a dotted module name (such as pkg.sub.module)") }
        return name
    }

    /// An existing entry whose name equals the last part of `path` (or `path.py`) but
    /// for letter case: `Comprehensive_Greeks.py` against `comprehensive_greeks.py`.
    private static func caseClash(root: String, path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        let folder = ([root] + parts.dropLast()).joined(separator: "/")
        guard let last = parts.last, let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        let wanted = [last.lowercased(), last.lowercased() + ".py", last.lowercased() + ".pyi"]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if wanted.contains(name.lowercased()) && ![last, last + ".py", last + ".pyi"].contains(name) {
                return (parts.dropLast() + [name]).joined(separator: "/")
            }
        }
        return nil
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
