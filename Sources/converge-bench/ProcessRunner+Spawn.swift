#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ProcessRunner {
    /// Starts `executable` (an absolute path) with stdin from /dev/null, stdout to `stdout`,
    /// stderr to the scratch file, default signal handling and its own process group.
    ///
    /// This uses fork + execve, not posix_spawn: glibc's posix_spawn shares our address space
    /// until the exec (CLONE_VFORK), and Linux then carries our own peak RSS (tens of MB) into
    /// the child's `ru_maxrss`. After a real fork the child starts from a copy of only our
    /// anonymous pages, so the floor is what `/bin/true` measures (about 3.5 MiB, reported in
    /// the header). Everything the child needs is prepared before the fork: between fork and
    /// exec it only makes system calls.
    func spawn(_ executable: String, _ arguments: [String], stdout: Int32) -> Result<pid_t, BenchError> {
        guard access(executable, X_OK) == 0 else {
            return .failure(BenchError("cannot execute \(executable): \(String(cString: strerror(errno)))"))
        }
        let devNull = open("/dev/null", O_RDONLY | O_CLOEXEC)
        guard devNull >= 0 else { return .failure(BenchError("cannot open /dev/null")) }
        defer { close(devNull) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var defaultAction = sigaction()  // all zero: SIG_DFL
        let failure = Array("converge-bench: cannot execute \(executable)\n".utf8)
        memoryTrimmer.trim()
        let pid = Self.withCStrings([executable] + arguments) { argv in
            Self.withCStrings(environment) { envp in
                let pid = fork()
                if pid == 0 {
                    setpgid(0, 0)
                    dup2(devNull, 0)
                    dup2(stdout, 1)
                    dup2(errorFile, 2)
                    sigaction(SIGPIPE, &defaultAction, nil)
                    sigaction(SIGINT, &defaultAction, nil)  // ignored by us, see InterruptHandler
                    sigaction(SIGTERM, &defaultAction, nil)
                    sigprocmask(SIG_SETMASK, &emptyMask, nil)
                    execve(argv[0]!, argv, envp)
                    _ = failure.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
                    _exit(127)
                }
                return pid
            }
        }
        guard pid > 0 else { return .failure(BenchError("cannot fork: \(String(cString: strerror(errno)))")) }
        setpgid(pid, pid)  // also from the parent, so that kill(-pid) works at once
        InterruptHandler.runningGroup.store(pid, ordering: .releasing)
        return .success(pid)
    }

    /// Calls `body` with a NULL-terminated array of C strings that lives for the call.
    static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
