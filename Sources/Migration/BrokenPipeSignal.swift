#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps `SIGPIPE` from ending converge while it writes to a child that has stopped
/// reading (a git that failed early): the write then fails with `EPIPE` instead.
///
/// The signal is blocked for the calling thread only, never ignored process-wide, so
/// other threads, and converge's own writes to a closed standard output, behave as
/// before. A `SIGPIPE` raised while blocked is taken off the pending set before the
/// old mask comes back. Block after spawning: a child inherits the mask. Linux only;
/// elsewhere nothing is blocked.
enum BrokenPipeSignal {
    #if os(Linux)
    typealias Saved = sigset_t
    #else
    typealias Saved = Void
    #endif

    /// Blocks `SIGPIPE` on this thread; pass the result to `restore`.
    static func block() -> Saved {
        #if os(Linux)
        var pipeOnly = sigset_t(), old = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &old)
        return old
        #else
        return ()
        #endif
    }

    /// Drops a `SIGPIPE` this thread raised while blocked, then restores the old mask.
    static func restore(_ saved: Saved) {
        #if os(Linux)
        var old = saved
        guard sigismember(&old, SIGPIPE) == 0 else { return }
        var pipeOnly = sigset_t(), pending = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        sigpending(&pending)
        if sigismember(&pending, SIGPIPE) == 1 {
            var now = timespec()
            _ = sigtimedwait(&pipeOnly, nil, &now)
        }
        pthread_sigmask(SIG_SETMASK, &old, nil)
        #endif
    }
}
