#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A relative path the walk found a file, link or special file at, on one side or
/// both: what is left to read and compare.
struct WorkspacePair: Sendable {
    let path: String
    let source: WorkspaceListing.Entry?
    let target: WorkspaceListing.Entry?
}

/// Reads, compares and hashes the scan's file pairs on a few threads while the walk
/// is still listing folders: reading and hashing are most of a scan's time, and the
/// walk's system calls hide behind them. Each reader reuses its own read buffers
/// (`PairReader`) and keeps bytes only of the conflicts that will be merged.
enum WorkspacePairs {
    /// What one pair came to: its scanned file, and both texts when it will be merged.
    struct Compared: Sendable {
        let file: ScannedFile
        let texts: ConflictTexts?
    }

    /// A tree's path, and the tree opened as a folder for `openat` (or `AT_FDCWD` when
    /// it could not be opened: the full paths are used then, and fail as they would).
    struct Tree: Sendable {
        let path: String
        let descriptor: Int32
    }

    /// Pairs a reader takes at a time: the lock stays rare, and the last pairs still
    /// spread over the readers.
    static let batch = 8

    /// Walks with `walk` (which adds every pair it finds to the queue it is given) while
    /// helper threads read the pairs; then reads what is left on this thread too.
    /// Returns the outcomes in walk order and the walk's own error, if it stopped on one.
    static func compare(source: String, target: String,
                        walk: (PairQueue) throws(ScanError) -> Void) -> (outcomes: [PairQueue.Outcome], walkError: ScanError?) {
        let queue = PairQueue()
        let source = openTree(source), target = openTree(target)
        defer { [source, target].filter { $0.descriptor >= 0 }.forEach { close($0.descriptor) } }
        let helpers = ParallelWork.start(ParallelWork.workerLimit - 1) { read(queue, source: source, target: target) }
        var walkError: ScanError? = nil
        do {
            try walk(queue)
        } catch {
            walkError = error
        }
        queue.finish()
        read(queue, source: source, target: target)
        helpers.join()
        return (queue.outcomesInOrder(), walkError)
    }

    /// Takes pairs from `queue` until the walk is done and none is left.
    private static func read(_ queue: PairQueue, source: Tree, target: Tree) {
        var reader = PairReader(source: source, target: target)
        var results: [(index: Int, outcome: PairQueue.Outcome)] = []
        while let (first, pairs) = queue.take(upTo: batch) {
            for (offset, pair) in zip(pairs.indices, pairs) {
                results.append((first + offset - pairs.startIndex,
                                Result { () throws(ScanError) in try reader.compare(pair) }))
            }
        }
        queue.record(results)
    }

    private static func openTree(_ path: String) -> Tree {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return Tree(path: path, descriptor: descriptor >= 0 ? descriptor : AT_FDCWD)
    }
}
