#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CThreads

/// Helper threads for work that splits into parts sharing nothing they write (the
/// scan's file pairs, the inputs of a diff, the halves of a Myers search): POSIX
/// threads started for the job and joined at its end, since a pool would cost more to
/// start than it saves on the small trees converge mostly sees.
public enum ParallelWork {
    /// Online cores, at most 4: the scan is bound by reading and hashing, and more
    /// workers than that only add buffers.
    static let workerLimit = max(1, min(4, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Pieces of work, each given a thread of its own, to wait for with `join`.
    struct Helpers {
        private var started: [(piece: Piece, thread: pthread_t?)] = []

        /// Starts a thread for each piece of `work` (none when the system has none to
        /// give: `join` then does the piece).
        init(_ work: some Sequence<@Sendable () -> Void>) {
            for (index, body) in work.enumerated() {
                let piece = Piece(body)
                started.append((piece, spawn({ piece.runUnlessTaken() }, index: index)))
            }
        }

        /// Returns when every piece is done. A new thread starts on another CPU
        /// (`spawn`), and when that CPU is busy with another program it may not run for
        /// milliseconds; so a piece whose thread has not begun yet is done here, and
        /// the pieces never take longer than one after the other.
        func join() {
            for (piece, thread) in started {
                if piece.runUnlessTaken() {
                    // When its thread begins, it finds nothing left to do.
                    if let thread { pthread_detach(thread) }
                } else if let thread {
                    pthread_join(thread, nil)
                }
            }
        }
    }

    /// Runs `body` on `count` new threads. `body` must not be needed for progress: the
    /// caller does the same work itself after starting them, and `join` may run `body`
    /// once more on the caller for a thread that has not begun.
    static func start(_ count: Int, _ body: @escaping @Sendable () -> Void) -> Helpers {
        Helpers(repeatElement(body, count: max(count, 0)))
    }

    /// Runs independent pieces of work: the first on the calling thread, each other one
    /// on a new thread, and returns when all have finished. A thread pool costs more to
    /// start than it saves on the small inputs converge mostly sees.
    public static func run(_ work: [@Sendable () -> Void]) {
        let helpers = Helpers(work.dropFirst())
        work.first?()
        helpers.join()
    }

    /// A piece of work that runs once, on whichever thread takes it first.
    final class Piece: @unchecked Sendable {
        private let body: @Sendable () -> Void
        private let lock: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
        private var taken = false

        init(_ body: @escaping @Sendable () -> Void) {
            self.body = body
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        /// Runs the work unless another thread took it; true when it ran here.
        @discardableResult
        func runUnlessTaken() -> Bool {
            pthread_mutex_lock(lock)
            let mine = !taken
            taken = true
            pthread_mutex_unlock(lock)
            if mine { body() }
            return mine
        }
    }

    /// Starts a thread running `body`, first placed on a CPU other than the caller's
    /// (the `index`-th other one; see `cthreads_create_placed` for why). Nil when the
    /// system has no thread to give; `body` has then not run.
    static func spawn(_ body: @escaping @Sendable () -> Void, index: Int) -> pthread_t? {
        let job = Unmanaged.passRetained(Job(body)).toOpaque()
        var thread = pthread_t()
        let started = cthreads_create_placed(&thread, { job in
            Unmanaged<Job>.fromOpaque(job!).takeRetainedValue().body()
            return nil
        }, job, Int32(truncatingIfNeeded: index))
        guard started == 0 else {
            Unmanaged<Job>.fromOpaque(job).release()
            return nil
        }
        return thread
    }

    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
