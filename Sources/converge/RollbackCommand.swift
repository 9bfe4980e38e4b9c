import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Migration

/// `converge rollback [PATH]...`: step 9, the way back: puts the files as a backup
/// recorded them, checked by hash (see `Rollback`).
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Put the project back as it was before an apply, checked by hash.",
        discussion: """
            Whole (the default): every file the apply changed or removed gets its bytes and \
            mode back, every file it created is removed, every folder it created is removed \
            when empty. With PATHs: only those files (a folder means everything under it). \
            The backup is the interrupted apply's (from .converge/journal), else the latest, \
            else --backup. Every restored file is checked against the manifest's SHA-256; a \
            file changed after the apply is kept in the backup's set-aside/ folder. --list \
            shows the backups. Exit 0, or 2 with one line.
            """
    )

    @Option(help: "The project root (default: the nearest folder upwards holding .converge/, else the current folder).")
    var root: String?

    @Option(help: ArgumentHelp("The backup to roll back (a name from --list; default: the latest).", valueName: "id"))
    var backup: String?

    @Flag(help: "List the backups, oldest first.")
    var list = false

    @Argument(help: "Only these files or folders (relative to the current folder, inside the root).")
    var paths: [String] = []

    func run() throws {
        let folder = try ProjectState.folder(ConvergeRoot.find(root))
        var output = FileSink.standardOutput()
        defer { output.flush() }
        if list {
            for line in BackupListing.lines(folder) { output.write(line + "\n") }
            return
        }
        let relativePaths = try paths.map { path throws(CommandFailure) in try Self.rootRelative(path, root: folder.root) }
        let report: Rollback<PosixFileSystem>.Report
        do {
            report = try Rollback(folder: folder).run(backupID: backup, paths: relativePaths)
        } catch {
            throw CommandFailure(error.message, exitCode: error.exitCode)
        }
        for path in report.setAside {
            output.write("kept \(path) (changed after the apply) in .converge/backups/\(report.backupID)/set-aside/\(path)\n")
        }
        if report.sourceBack { output.write("SOURCE moved back from .converge/backups/\(report.backupID)/source\n") }
        output.write("rolled back \(report.backupID): \(report.restored.count) restored, \(report.removed.count) removed, "
                     + "\(report.removedFolders.count) folders removed\n")
    }

    /// A path the user typed (relative to the current folder, or absolute) relative to
    /// the root; the file itself may be gone, so only its folder must exist.
    static func rootRelative(_ path: String, root: String) throws(CommandFailure) -> String {
        var trimmed = path
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        let slash = trimmed.lastIndex(of: "/")
        let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? "."
        let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
        guard let real = realpath(parent, nil) else { throw CommandFailure("\(path): no such folder \(parent)") }
        defer { free(real) }
        let folder = String(cString: real)
        let full = name == "." ? folder : (folder == "/" ? "/" : folder + "/") + name
        let prefix = root == "/" ? "/" : root + "/"
        guard full.hasPrefix(prefix), name != ".." else {
            throw CommandFailure("\(path): is not inside the project root \(root)")
        }
        return String(full.dropFirst(prefix.count))
    }
}

/// The lines of `converge rollback --list`: each backup with what it holds, and the
/// state of the apply the journal records.
enum BackupListing {
    static func lines(_ folder: ConvergeFolder<PosixFileSystem>) -> [String] {
        let journal = try? ApplyJournal.read(folder)
        let ids = folder.backupIDs()
        guard !ids.isEmpty else { return ["no backups in \(folder.backups)"] }
        return ids.map { id in
            var line = id
            if let backup = try? Backup(id: id, folder: folder), let manifest = try? backup.readManifest() {
                line += ": \(manifest.files.count) files saved, \(manifest.createdFiles.count) created, \(manifest.source) → \(manifest.target)"
            }
            if let journal, journal.backupID == id {
                line += journal.isFinished ? " (\(journal.end ?? ""))" : " (interrupted: apply --resume or rollback)"
            }
            return line
        }
    }
}
