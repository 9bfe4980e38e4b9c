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

    /// Threads started by `start`, to wait for with `join`.
    struct Helpers {
        fileprivate var threads: [pthread_t] = []

        /// Waits until every helper has returned.
        func join() {
            for thread in threads { pthread_join(thread, nil) }
        }
    }

    /// Runs `body` on up to `count` new threads. Fewer start when the system has none
    /// to give, so `body` must not be needed for progress: the caller does the same
    /// work itself after starting them.
    static func start(_ count: Int, _ body: @escaping @Sendable () -> Void) -> Helpers {
        var helpers = Helpers()
        for index in 0..<max(count, 0) {
            if let thread = spawn(body, index: index) { helpers.threads.append(thread) }
        }
        return helpers
    }

    /// Runs independent pieces of work: the first on the calling thread, each other one
    /// on a new thread, and returns when all have finished. A thread pool costs more to
    /// start than it saves on the small inputs converge mostly sees.
    ///
    /// A new thread starts on another CPU (`spawn`); when that CPU is busy with another
    /// program, the thread may not run for milliseconds. So once the calling thread has
    /// done its own piece, it takes every piece whose thread has not begun yet and does
    /// it itself: the pieces never take longer than one after the other.
    public static func run(_ work: [@Sendable () -> Void]) {
        var helpers: [(piece: Piece, thread: pthread_t)] = []
        for (index, body) in work.dropFirst().enumerated() {
            let piece = Piece(body)
            if let thread = spawn({ piece.runUnlessTaken() }, index: index) {
                helpers.append((piece, thread))
            } else {
                // No thread to be had: do the work here.
                piece.runUnlessTaken()
            }
        }
        work.first?()
        for helper in helpers {
            if helper.piece.runUnlessTaken() {
                // Its thread had not begun; when it does, it finds nothing left to do.
                pthread_detach(helper.thread)
            } else {
                pthread_join(helper.thread, nil)
            }
        }
    }

    /// A piece of work that runs once, on whichever thread takes it first.
    public final class Piece: @unchecked Sendable {
        private let body: @Sendable () -> Void
        private let lock: UnsafeMutablePointer<pthread_mutex_t> = .allocate(capacity: 1)
        private var taken = false

        public init(_ body: @escaping @Sendable () -> Void) {
            self.body = body
            pthread_mutex_init(lock, nil)
        }

        deinit {
            pthread_mutex_destroy(lock)
            lock.deallocate()
        }

        /// Runs the work unless another thread took it; true when it ran here.
        @discardableResult
        public func runUnlessTaken() -> Bool {
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
    public static func spawn(_ body: @escaping @Sendable () -> Void, index: Int) -> pthread_t? {
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
