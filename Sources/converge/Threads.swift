#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore
import Migration

/// Runs independent pieces of work on POSIX threads: the first on the calling thread,
/// each other one on a new thread. A thread pool costs more to start than it saves on
/// the small inputs converge mostly sees.
enum Threads {
    /// Runs every closure and returns when all have finished.
    static func run(_ work: [@Sendable () -> Void]) {
        var threads: [pthread_t] = []
        for (index, job) in work.dropFirst().enumerated() {
            if let thread = ParallelWork.spawn(job, index: index) {
                threads.append(thread)
            } else {
                // No thread to be had: do the work here.
                job()
            }
        }
        work.first?()
        for thread in threads { pthread_join(thread, nil) }
    }

    /// The diff core's way to use a second core.
    static let concurrency = Concurrency { first, second in run([first, second]) }
}
