#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The project's `.converge/` folder, where apply and rollback keep their state:
/// `lock`, `journal`, and `backups/<id>/`. Paths are absolute.
public struct ConvergeFolder<FileSystem: MigrationFileSystem>: Sendable {
    /// The real path of the project root.
    public let root: String
    public let fileSystem: FileSystem

    public init(root: String, fileSystem: FileSystem) throws(ApplyError) {
        guard let real = DiskPath.real(root) else { throw ApplyError("\(root): no such folder (--root)") }
        self.root = real
        self.fileSystem = fileSystem
    }

    public var path: String { RootPath.absolute(".converge", root: root) }
    public var lock: String { path + "/lock" }
    public var journal: String { path + "/journal" }
    public var backups: String { path + "/backups" }

    public func backup(_ id: String) -> String { "\(backups)/\(id)" }

    /// The file at a root-relative path.
    public func absolute(_ relative: String) -> String { RootPath.absolute(relative, root: root) }

    /// Makes `.converge/backups/` and, in a git work tree, lists `.converge/` in
    /// `.git/info/exclude`, so that it never shows in `git status`.
    func prepare() throws(ApplyError) {
        do {
            try fileSystem.makeFolder(path)
            try fileSystem.makeFolder(backups)
        } catch {
            throw ApplyError(error)
        }
        excludeFromGit()
    }

    private func excludeFromGit() {
        guard let exclude = gitExcludeFile() else { return }
        let old = (try? fileSystem.read(exclude)) ?? []
        let lines = String(decoding: old, as: UTF8.self).split(separator: "\n").map { $0.trimmingCharacters(in: " ") }
        guard !lines.contains(".converge/") && !lines.contains(".converge") && !lines.contains("/.converge/") else { return }
        try? fileSystem.makeFolder(DiskPath.parent(of: exclude))
        let separator: [UInt8] = old.isEmpty || old.last == 0x0A ? [] : [0x0A]
        try? fileSystem.writeAtomically(exclude, old + separator + Array(".converge/\n".utf8), mode: 0o644)
    }

    /// `info/exclude` of the git repository whose top level is the root (`.git` may be a
    /// file, in a linked work tree or a submodule: git says where the file is).
    private func gitExcludeFile() -> String? {
        guard fileSystem.status(RootPath.absolute(".git", root: root)) != nil,
              let output = try? GitProcess.run(["-C", root, "rev-parse", "--path-format=absolute", "--git-path", "info/exclude"]),
              output.status == 0 else { return nil }
        var printed = output.stdout
        while printed.last == 0x0A { printed.removeLast() }
        let path = String(decoding: printed, as: UTF8.self)
        return path.hasPrefix("/") ? path : nil
    }

    /// The backups' names, oldest first (they are UTC timestamps).
    public func backupIDs() -> [String] {
        fileSystem.list(backups).filter { fileSystem.status(backup($0) + "/manifest.json")?.kind == .file }
    }

    /// A new backup's name: the UTC time, `20261126T081500Z`, with `-2`, `-3`… when taken.
    func newBackupID() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let stamp = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T"
            + "\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
        var id = stamp, count = 1
        while fileSystem.status(backup(id)) != nil {
            count += 1
            id = "\(stamp)-\(count)"
        }
        return id
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
