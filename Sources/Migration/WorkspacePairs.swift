import DiffCore
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

/// Reads, compares and hashes the scan's file pairs, on a few threads: the walk only
/// lists folders, and this is most of a scan's time. Pairs are shared among the workers
/// by size, so each reads about as many bytes; each worker reuses two read buffers and
/// keeps bytes only of the conflicts that will be merged.
///
/// When both sides hold the same bytes (most paths of two copies of a package), the
/// hash and the binary test are computed once for both: same bytes, same answers.
struct WorkspacePairs {
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

    let source: String
    let target: String

    /// Below this many pairs the work stays on the calling thread.
    static let smallestParallelCount = 64

    /// Every pair compared, results in the pairs' order.
    func compare(_ pairs: [WorkspacePair]) -> [Result<Compared, ScanError>] {
        let workers = pairs.count < Self.smallestParallelCount ? 1 : ParallelWork.workerLimit
        let shares = Self.shares(of: pairs, workers: workers)
        var results = [Result<Compared, ScanError>?](repeating: nil, count: pairs.count)
        let source = Self.openTree(self.source), target = Self.openTree(self.target)
        defer { [source, target].filter { $0.descriptor >= 0 }.forEach { close($0.descriptor) } }
        results.withUnsafeMutableBufferPointer { buffer in
            let output = UncheckedSendable(value: buffer)
            ParallelWork.run(workers: workers) { worker in
                var reader = PairReader(source: source, target: target)
                for index in shares[worker] {
                    output.value[index] = Result { () throws(ScanError) in try reader.compare(pairs[index]) }
                }
            }
        }
        return results.map { $0! }
    }

    private static func openTree(_ path: String) -> Tree {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return Tree(path: path, descriptor: descriptor >= 0 ? descriptor : AT_FDCWD)
    }

    /// The pairs' indices split into `workers` shares of about equal bytes: largest
    /// first, each to the share with the fewest so far (a file also costs a few system
    /// calls, counted as 4 KiB).
    static func shares(of pairs: [WorkspacePair], workers: Int) -> [[Int]] {
        guard workers > 1 else { return [Array(pairs.indices)] }
        let weights = pairs.map { 4096 + ($0.source?.size ?? 0) + ($0.target?.size ?? 0) }
        var shares = [[Int]](repeating: [], count: workers)
        var loads = [Int](repeating: 0, count: workers)
        for index in pairs.indices.sorted(by: { weights[$0] > weights[$1] }) {
            let lightest = loads.indices.min { loads[$0] < loads[$1] }!
            shares[lightest].append(index)
            loads[lightest] += weights[index]
        }
        return shares
    }
}
