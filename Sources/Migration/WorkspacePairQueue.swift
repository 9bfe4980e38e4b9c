#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The scan's pairs, handed from the walk to the readers as they are found, so reading
/// and hashing start with the first folder instead of after the last; and what the
/// readers made of them, by the pair's index.
///
/// Every access holds one mutex: the walk adds a pair at a time, a reader takes a few,
/// which keeps the lock far from being the cost (each pair is a few system calls).
final class PairQueue: @unchecked Sendable {
    typealias Outcome = Result<WorkspacePairs.Compared, ScanError>

    private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let added = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var pairs: [WorkspacePair] = []
    private var next = 0
    private var finished = false
    private var outcomes: [(index: Int, outcome: Outcome)] = []

    init() {
        pthread_mutex_init(lock, nil)
        pthread_cond_init(added, nil)
    }

    deinit {
        pthread_cond_destroy(added)
        pthread_mutex_destroy(lock)
        lock.deallocate()
        added.deallocate()
    }

    var count: Int { locked { pairs.count } }

    func add(_ pair: WorkspacePair) {
        locked {
            pairs.append(pair)
            pthread_cond_signal(added)
        }
    }

    /// No more pairs will come: readers waiting for one return.
    func finish() {
        locked {
            finished = true
            pthread_cond_broadcast(added)
        }
    }

    /// Up to `limit` pairs not yet taken and the index of the first, waiting while the
    /// walk goes on; nil once the walk finished and every pair was taken.
    func take(upTo limit: Int) -> (first: Int, pairs: ArraySlice<WorkspacePair>)? {
        locked {
            while next == pairs.count && !finished { pthread_cond_wait(added, lock) }
            guard next < pairs.count else { return nil }
            let taken = (next, pairs[next..<min(next + limit, pairs.count)])
            next += taken.1.count
            return taken
        }
    }

    /// Records what reading some pairs came to.
    func record(_ results: [(index: Int, outcome: Outcome)]) {
        locked { outcomes += results }
    }

    /// Every outcome in pair order; call after the readers are done.
    func outcomesInOrder() -> [Outcome] {
        locked { outcomes.sorted { $0.index < $1.index }.map(\.outcome) }
    }

    private func locked<T>(_ body: () -> T) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return body()
    }
}
