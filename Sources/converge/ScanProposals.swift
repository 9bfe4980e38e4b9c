#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration
import PythonSource

/// The import rewrites of moving SOURCE's package to TARGET's place, planned over the
/// project root as `converge move` plans them, so the scan shows every reference that
/// the migration will touch.
///
/// A tree outside the root, or one whose path is not a dotted module name from the
/// root (a folder name with a `-`, say), has no module name, so nothing is planned.
enum ScanProposals {
    static func planned(root: String, source: String, target: String) throws(CommandFailure) -> [Proposal] {
        guard let old = moduleName(of: source, under: root), let new = moduleName(of: target, under: root) else { return [] }
        let files: ProjectFiles
        do {
            files = try ProjectFiles.read(root: root)
        } catch {
            throw CommandFailure(error.description)
        }
        let planner = RewritePlanner(files: files.python, otherFiles: files.others,
                                     moves: ModuleMoves([ModuleMove(old: old, new: new)]))
        return planner.proposals()
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

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
