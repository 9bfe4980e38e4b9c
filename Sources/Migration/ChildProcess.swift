#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program without a shell and without Foundation (the `converge` binary is
/// static and links only the standard library): the one place that spawns a child,
/// for git and for the Python checks of `converge verify`.
enum ChildProcess {
    /// What a finished child left behind, byte for byte.
    struct Output: Sendable {
        /// The exit code, or 128 + the signal number when a signal ended it.
        var status: Int32
        var stdout: [UInt8]
        var stderr: [UInt8]
        /// The time limit ran out and the child was killed.
        var timedOut: Bool
    }

    /// The program could not be started at all (not installed, no pipes left).
    struct Failure: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// Runs `program ARGUMENTS` (looked up in `PATH`) with exactly `environment`
    /// (`NAME=value` entries), writing `input` to its standard input while reading its
    /// output, so neither side waits on a full pipe.
    ///
    /// With a `timeLimit` (seconds) the child runs in its own process group, and the
    /// whole group is killed with `SIGKILL` when the time is up, so a child that started
    /// children of its own (pytest's workers) cannot keep the pipes open. The child
    /// starts in converge's working folder (Glibc offers Swift no `addchdir`).
    static func run(
        _ program: String, _ arguments: [String], input: [UInt8] = [], environment: [String],
        timeLimit: Double? = nil
    ) throws(Failure) -> Output {
        var ends = try Pipes(program: program)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends.input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, ends.output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, ends.errors.write, 2)
        // The child starts with no signal blocked, whatever the calling thread blocks
        // (a test runner's thread may block SIGALRM, which the import check relies on).
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var flags = Int32(POSIX_SPAWN_SETSIGMASK)
        if timeLimit != nil {
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        let deadline = timeLimit.map { monotonicNow() + UInt64(max($0, 0) * 1_000_000_000) }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        ends.closeChildEnds()
        guard spawned == 0 else {
            ends.closeAll()
            throw Failure(description: "cannot run \(program): \(String(cString: strerror(spawned)))")
        }
        let (stdout, stderr, timedOut) = exchange(input: input, ends: &ends, child: pid, deadline: deadline)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: code, stdout: stdout, stderr: stderr, timedOut: timedOut)
    }

    /// The caller's environment as `NAME → value`.
    static func callerEnvironment() -> [String: String] {
        var environment: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        return environment
    }

    /// `environment` as sorted `NAME=value` entries for `run`.
    static func entries(_ environment: [String: String]) -> [String] {
        environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }
}

extension ChildProcess.Output {
    /// The first line of the child's errors that is not blank, as it wrote it (git's
    /// `fatal: …`): what a user needs to see.
    var errorLine: String {
        let lines = String(decoding: stderr, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        return lines.first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }
}
