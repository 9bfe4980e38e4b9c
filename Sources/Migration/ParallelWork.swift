#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a few workers at once on POSIX threads: worker 0 on the calling thread, each
/// other one on a thread of its own, joined before returning.
///
/// Migration starts threads only where the work splits into parts that share nothing
/// they write (the scan's file pairs); a pool would cost more to start than it saves
/// on the small trees converge mostly sees.
enum ParallelWork {
    /// Online cores, at most 4: the scan is bound by reading and hashing, and more
    /// workers than that only add buffers.
    static let workerLimit = max(1, min(4, sysconf(Int32(_SC_NPROCESSORS_ONLN))))

    /// Calls `body(0)`, …, `body(workers - 1)`, each on its own thread, and waits for all.
    static func run(workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        var threads: [pthread_t] = []
        for worker in 1..<max(workers, 1) {
            let job = Unmanaged.passRetained(Job { body(worker) }).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { job in
                Unmanaged<Job>.fromOpaque(job!).takeRetainedValue().body()
                return nil
            }, job) == 0 {
                threads.append(thread)
            } else {
                // No thread to be had: do the work here.
                Unmanaged<Job>.fromOpaque(job).takeRetainedValue().body()
            }
        }
        body(0)
        for thread in threads { pthread_join(thread, nil) }
    }

    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}

/// Lets memory owned by the caller cross to a worker thread. Safe only because every
/// worker writes disjoint elements and `ParallelWork.run` joins before the memory is read.
struct UncheckedSendable<Value>: @unchecked Sendable {
    var value: Value
}
