import Migration
import PythonSource

/// The static verify as an apply leaves it to run: the old names, kept places and
/// written files of `.converge/applied.json`, plus what the flags add, over the project
/// without SOURCE (the old copy the clean-up step removes: its own imports name the old
/// modules by design, and nothing else may still need it).
enum AppliedVerify {
    /// The record of the last apply under `root`; nil when there is none.
    static func record(root: String) throws(CommandFailure) -> AppliedRecord? {
        do {
            return try ConvergeFolder(root: root, fileSystem: PosixFileSystem()).readApplied()
        } catch {
            throw CommandFailure(error.message)
        }
    }

    /// The record's options with the flags' old names and kept places added.
    static func options(_ record: AppliedRecord?, old: [ModuleName] = [], kept: Set<String> = []) -> VerifyOptions {
        guard let record else { return VerifyOptions(oldModules: old, keptOldNames: kept) }
        let recorded = record.oldModules.map { ModuleName($0) }
        return VerifyOptions(oldModules: recorded + old.filter { !recorded.contains($0) },
                             keptOldNames: kept.union(record.kept), writtenFiles: Set(record.written))
    }

    /// Reads the project (without SOURCE when a record names it) and runs the static checks.
    static func run(root: String, record: AppliedRecord?, options: VerifyOptions) throws(CommandFailure) -> (ProjectFiles, VerifyReport) {
        let files: ProjectFiles
        do {
            files = try ProjectFiles.read(root: root, skipping: record.map { [$0.source] } ?? [])
        } catch {
            throw CommandFailure(error.description)
        }
        return (files, ProjectVerifier(files: files, options: options, concurrency: Threads.concurrency).verify())
    }
}
