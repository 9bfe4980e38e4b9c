#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// Runs independent pieces of work on POSIX threads: the first on the calling thread,
/// each other one on a new thread. A thread pool costs more to start than it saves on
/// the small inputs converge mostly sees.
enum Threads {
    /// Runs every closure and returns when all have finished.
    static func run(_ work: [@Sendable () -> Void]) {
        var threads: [pthread_t] = []
        for job in work.dropFirst() {
            let context = Unmanaged.passRetained(Job(job)).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().body()
                return nil
            }, context) == 0 {
                threads.append(thread)
            } else {
                // No thread to be had: do the work here.
                Unmanaged<Job>.fromOpaque(context).takeRetainedValue().body()
            }
        }
        work.first?()
        for thread in threads { pthread_join(thread, nil) }
    }

    /// The diff core's way to use a second core.
    static let concurrency = Concurrency { first, second in run([first, second]) }

    private final class Job {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
