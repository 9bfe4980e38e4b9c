import Foundation

extension Subprocess {
    /// Runs `executable` with `posix_spawnp` and waits with `waitpid`, its output going
    /// to files rather than pipes: for programs that leave a daemon behind (a tmux
    /// server), which would hold a pipe open (and make Foundation's `Process` hang in
    /// `waitUntilExit`). The child starts with no signal blocked and every signal at its
    /// default action: Swift Testing runs tests on threads that block nearly all
    /// signals, and a child that inherited that mask would never see SIGWINCH.
    ///
    /// The environment is the caller's with `extra` set and `removing` taken out.
    public static func spawn(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:],
                             removing: Set<String> = []) throws -> ProcessResult {
        let outputs = try TemporaryFolder("converge-spawn")
        let outPath = outputs.file("stdout"), errPath = outputs.file("stderr")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        environment.merge(extra) { _, new in new }
        for name in removing { environment[name] = nil }
        let program = executable.contains("/") ? executable : try which(executable)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return ProcessResult(status: code, stdout: (try? outputs.read("stdout")) ?? [], stderr: (try? outputs.read("stderr")) ?? [])
    }
}
