#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `.converge/journal`: what an apply has done, one line per step: `begin ID COUNT`
/// (on disk before any operation), then `start N` and `done N` around operation N, then
/// `end applied` (or `end rolled-back`). Operations run in batches: a batch's `done`
/// lines are written only once its files are on disk, so a `done` never outlives its
/// operation, even after a power cut; anything not `done` is simply done again. A journal without an `end`
/// is an apply that was interrupted: `apply --resume` finishes it, `rollback` undoes it.
public struct ApplyJournal: Hashable, Sendable {
    /// The backup the apply wrote first.
    public var backupID: String
    public var operationCount: Int
    /// The operations that are done.
    public var done: Set<Int>
    /// How it ended, nil while unfinished.
    public var end: String?

    public var isFinished: Bool { end != nil }

    /// Parses a journal's text; nil when it does not start with a `begin` line or names an unsafe backup.
    static func parse(_ bytes: [UInt8]) -> ApplyJournal? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map { $0.split(separator: " ") }
        guard let first = lines.first, first.count == 3, first[0] == "begin", let count = Int(first[2]),
              RootPath.isSafe(String(first[1])), !first[1].contains("/") else { return nil }
        var journal = ApplyJournal(backupID: String(first[1]), operationCount: count, done: [], end: nil)
        for line in lines.dropFirst() {
            if line.count == 2, line[0] == "done", let index = Int(line[1]) { journal.done.insert(index) }
            if line.first == "end" { journal.end = line.dropFirst().joined(separator: " ") }
        }
        return journal
    }

    /// The project's journal, nil when there is none.
    public static func read<FileSystem>(_ folder: ConvergeFolder<FileSystem>) throws(ApplyError) -> ApplyJournal? {
        guard folder.fileSystem.status(folder.journal) != nil else { return nil }
        let bytes: [UInt8]
        do {
            bytes = try folder.fileSystem.read(folder.journal)
        } catch {
            throw ApplyError(error)
        }
        guard let journal = parse(bytes) else { throw ApplyError("\(folder.journal): not a converge journal") }
        return journal
    }

    /// Refuses to start anything while an apply is unfinished.
    public static func refuseUnfinished<FileSystem>(_ folder: ConvergeFolder<FileSystem>) throws(ApplyError) {
        if let journal = try read(folder), !journal.isFinished {
            throw ApplyError("\(folder.journal): an apply was interrupted (backup \(journal.backupID)); "
                             + "run 'converge apply --resume' to finish it or 'converge rollback' to undo it")
        }
    }
}

/// Appends journal lines, each flushed to disk; in tests, kills the process after the
/// Nth line when `CONVERGE_TEST_CRASH_AFTER=N` is set, to prove a crash at that point
/// loses nothing.
struct JournalWriter<FileSystem: MigrationFileSystem> {
    let folder: ConvergeFolder<FileSystem>
    private var written = 0
    private let crashAfter: Int?

    init(_ folder: ConvergeFolder<FileSystem>) {
        self.folder = folder
        crashAfter = getenv("CONVERGE_TEST_CRASH_AFTER").flatMap { Int(String(cString: $0)) }
    }

    /// Starts a new journal, replacing a finished one.
    mutating func begin(_ backupID: String, count: Int) throws(ApplyError) {
        do {
            try folder.fileSystem.writeAtomically(folder.journal, Array("begin \(backupID) \(count)\n".utf8), mode: 0o644)
        } catch {
            throw ApplyError(error)
        }
        counted()
    }

    /// Appends a line; `durable: false` leaves flushing it to a later durable line or `flush`.
    mutating func append(_ line: String, durable: Bool = true) throws(ApplyError) {
        do {
            try folder.fileSystem.append(folder.journal, Array((line + "\n").utf8), durable: durable)
        } catch {
            throw ApplyError(error)
        }
        counted()
    }

    private mutating func counted() {
        written += 1
        if written == crashAfter { kill(getpid(), SIGKILL) }
    }
}
