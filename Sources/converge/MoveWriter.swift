#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// Carries out a checked move on disk: every new file's bytes are computed first (so
/// overlapping proposals stop the move before anything is written), then the folders
/// on NEW's path are made, OLD is renamed to NEW, and each rewritten file is replaced
/// atomically at its new place.
struct MoveWriter {
    let target: MoveTarget
    let files: ProjectFiles
    let layout: RewriteLayout

    func write(_ proposals: [Proposal]) throws(CommandFailure) {
        let contents = try newContents(proposals)
        try makeFolders()
        for old in target.oldPaths {
            let new = newPath(of: old)
            guard rename("\(target.root)/\(old)", "\(target.root)/\(new)") == 0 else {
                throw CommandFailure("\(target.root)/\(old): cannot move to \(new): \(String(cString: strerror(errno)))")
            }
        }
        for (path, bytes) in contents.sorted(by: { $0.key < $1.key }) {
            do {
                try AtomicFile.replace("\(target.root)/\(layout.newPath(of: path))") { sink in
                    sink.write(bytes[...])
                }
            } catch {
                throw CommandFailure(error.description)
            }
        }
    }

    /// The new bytes of every file that a default-accepted proposal changes, by old path.
    private func newContents(_ proposals: [Proposal]) throws(CommandFailure) -> [String: [UInt8]] {
        var contents: [String: [UInt8]] = [:]
        let accepted = Dictionary(grouping: proposals.filter(\.isAcceptedByDefault), by: \.path)
        for (path, edits) in accepted {
            guard let bytes = files.python[path] ?? files.others[path] else { continue }
            do {
                contents[path] = try ProposalApplier.apply(edits, to: bytes)
            } catch {
                throw CommandFailure(error.description)
            }
        }
        return contents
    }

    /// Makes every missing folder on NEW's path, each with an empty `__init__.py` (a
    /// namespace package there would let test runners import the code under two
    /// names), and warns about existing folders on the path that have none.
    private func makeFolders() throws(CommandFailure) {
        let parts = target.move.new.parts
        for count in stride(from: 1, to: parts.count, by: 1) {
            let folder = "\(target.root)/" + target.prefix + parts.prefix(count).joined(separator: "/")
            if MoveTarget.isFolder(folder) {
                if !MoveTarget.exists("\(folder)/__init__.py") {
                    StandardError.print("converge: warning: \(folder) has no __init__.py, so it is a namespace package")
                }
                continue
            }
            guard mkdir(folder, 0o777) == 0 else {
                throw CommandFailure("\(folder): cannot create: \(String(cString: strerror(errno)))")
            }
            let fd = open("\(folder)/__init__.py", O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            guard fd >= 0 else { throw CommandFailure("\(folder)/__init__.py: cannot create: \(String(cString: strerror(errno)))") }
            close(fd)
        }
    }

    /// Where a moved folder or module file goes, relative to the root.
    private func newPath(of old: String) -> String {
        let folder = target.prefix + target.move.new.parts.joined(separator: "/")
        guard !target.isPackage else { return folder }
        return folder + (old.hasSuffix(".pyi") ? ".pyi" : ".py")
    }
}
