import DiffCore
import Migration

/// Loads several inputs at once, one thread each: splitting and hashing a file is the
/// largest part of a diff after the search, and files do not depend on each other.
///
/// For `diff` and `merge-file` only, which end the process when they are done: the texts
/// are kept until then rather than freed. Unmapping two 3 MB files and their line tables
/// one by one (each a system call that stops the other core to flush its address
/// translations) took 0.2 ms of a 100k-line diff; the kernel drops them at exit in one go.
enum ConcurrentLoad {
    /// Every text loaded, never released before the process exits.
    nonisolated(unsafe) private static var kept: [LineText] = []

    /// Inputs smaller than this in all are read one after the other on the calling
    /// thread: waking the other core to start a thread costs more than splitting them.
    static let threadedBytes = 1 << 18

    /// The texts of `paths`, in order; the first failure (in path order) is thrown.
    static func texts(_ paths: [String], keepPages: Bool = false) throws(CommandFailure) -> [LineText] {
        let slots = paths.map(Slot.init)
        let jobs = slots.map { slot in { @Sendable in slot.load(keepPages: keepPages) } }
        if paths.reduce(0, { $0 + FileAccess.size($1) }) < threadedBytes {
            for job in jobs { job() }
        } else {
            ParallelWork.run(jobs)
        }
        var texts: [LineText] = []
        for slot in slots {
            if let failure = slot.failure { throw failure }
            texts.append(slot.text!)
        }
        kept += texts
        return texts
    }

    /// One path and what loading it gave, written by exactly one thread and read only
    /// after all threads were joined.
    ///
    /// A class of two optionals rather than an array of `Result<LineText, CommandFailure>`:
    /// the first use of that generic type made the runtime look up `Error` conformances
    /// by name, a fifth of a millisecond of a 100k-line diff before any thread started.
    private final class Slot: @unchecked Sendable {
        let path: String
        var text: LineText?
        var failure: CommandFailure?

        init(_ path: String) { self.path = path }

        func load(keepPages: Bool) {
            do {
                text = try MappedFile.loadText(path, keepPages: keepPages)
            } catch {
                failure = error
            }
        }
    }
}
