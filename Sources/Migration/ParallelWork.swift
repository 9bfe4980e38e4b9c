#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CThreads

/// Helper threads for work that splits into parts sharing nothing they write (the
/// scan's file pairs): POSIX threads started for the job and joined at its end, since a
/// pool would cost more to start than it saves on the small trees converge mostly sees.
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
