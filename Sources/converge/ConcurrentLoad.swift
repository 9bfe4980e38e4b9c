#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DiffCore

/// Loads several inputs at once, one thread per input after the first (which the
/// calling thread loads): splitting and hashing a file is the largest part of a diff
/// after the search, and files do not depend on each other. Plain POSIX threads, as a
/// thread pool costs more to start than it saves on small files.
enum ConcurrentLoad {
    /// The texts of `paths`, in order; the first failure (in path order) is thrown.
    static func texts(_ paths: [String]) throws(CommandFailure) -> [LineText] {
        let jobs = paths.map(Job.init)
        var threads: [pthread_t] = []
        for job in jobs.dropFirst() {
            var thread = pthread_t()
            let context = Unmanaged.passRetained(job).toOpaque()
            if pthread_create(&thread, nil, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().run()
                return nil
            }, context) == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Job>.fromOpaque(context).release()
                job.run()
            }
        }
        jobs.first?.run()
        for thread in threads { pthread_join(thread, nil) }
        return try jobs.map { job throws(CommandFailure) in try job.result!.get() }
    }

    /// One input to load; `result` is written by exactly one thread, and read only
    /// after that thread was joined.
    private final class Job: @unchecked Sendable {
        let path: String
        var result: Result<LineText, CommandFailure>?

        init(_ path: String) { self.path = path }

        func run() {
            result = Result { () throws(CommandFailure) in try MappedFile.loadText(path) }
        }
    }
}
