#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs git without a shell and without Foundation (the `converge` binary is static and
/// links only the standard library), the one place that spawns it: the demo's history,
/// the merge bases, the project root.
///
/// The child gets an environment without any `GIT_*` variable of the caller (a
/// `GIT_DIR` or `GIT_INDEX_FILE` left by a hook would point git somewhere else) and
/// without the system configuration, so the same repository gives the same answers.
enum GitProcess {
    /// What a finished git left behind: its exit code, its standard output byte for
    /// byte, and the first line of its errors (what a user needs to see).
    struct Output: Sendable {
        /// The exit code, or 128 + the signal number when a signal ended it.
        var status: Int32
        var stdout: [UInt8]
        var errorLine: String
    }

    /// Git could not be started at all (not installed, no pipes left).
    struct Failure: Error, Sendable, CustomStringConvertible {
        var description: String
    }

    /// Runs `git ARGUMENTS`, writing `input` to its standard input while reading its
    /// output, so neither side waits on a full pipe. `environment` adds to (or replaces
    /// in) the cleaned environment.
    static func run(
        _ arguments: [String], input: [UInt8] = [], environment: [String: String] = [:]
    ) throws(Failure) -> Output {
        var ends = try Pipes()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends.input.read, 0)
        posix_spawn_file_actions_adddup2(&actions, ends.output.write, 1)
        posix_spawn_file_actions_adddup2(&actions, ends.errors.write, 2)

        let argv = (["git"] + arguments).map { strdup($0) } + [nil]
        let envp = cleanedEnvironment(adding: environment).map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "git", &actions, nil, argv, envp)
        ends.closeChildEnds()
        guard spawned == 0 else {
            ends.closeAll()
            throw Failure(description: "cannot run git: \(String(cString: strerror(spawned)))")
        }
        let (stdout, stderr) = exchange(input: input, ends: &ends)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: code, stdout: stdout, errorLine: firstLine(of: stderr))
    }

    /// The caller's environment without `GIT_*`, with `GIT_CONFIG_NOSYSTEM=1`, then `extra`.
    static func cleanedEnvironment(adding extra: [String: String]) -> [String] {
        var environment: [String: String] = [:]
        var cursor = environ
        while let entry = cursor.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "="), !text.hasPrefix("GIT_") {
                environment[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            cursor += 1
        }
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment.merge(extra) { _, new in new }
        return environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    }

    /// The first line of git's errors that is not blank, as git wrote it (`fatal: …`).
    static func firstLine(of errors: [UInt8]) -> String {
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r" })
        return lines.first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }
}
