#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a tool as a whole process and measures it the way a user would feel it: wall time
/// from spawn to exit (CLOCK_MONOTONIC) and peak RSS from `wait4`'s rusage.
///
/// Standard output goes to a pipe that is drained (and kept only when the report needs it),
/// so every tool pays for writing its output the same way; standard error goes to a scratch
/// file. The child runs in its own process group so that a timeout also kills helpers it
/// spawned (`diff3` runs two `diff`s).
///
/// Callers must not hold large buffers while they start a run: the child's peak RSS starts
/// from a copy of our anonymous memory (see `spawn`).
struct ProcessRunner {
    /// `NAME=value` pairs given to every tool.
    let environment: [String]
    /// An open scratch file for standard error, reused by every run.
    let errorFile: Int32
    let memoryTrimmer = MemoryTrimmer()

    func run(_ executable: String, _ arguments: [String], keepOutput: Bool, timeout: Double) -> ToolRun {
        var result = ToolRun(ending: .notStarted(""), seconds: 0, maxResidentKiB: 0, output: [],
                             outputByteCount: 0, errorText: "")
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0,
              fcntl(pipeEnds[0], F_SETFD, FD_CLOEXEC) == 0, fcntl(pipeEnds[1], F_SETFD, FD_CLOEXEC) == 0 else {
            result.ending = .notStarted("pipe: \(String(cString: strerror(errno)))")
            return result
        }
        _ = ftruncate(errorFile, 0)
        _ = lseek(errorFile, 0, SEEK_SET)
        let started = Self.now()
        let spawned = spawn(executable, arguments, stdout: pipeEnds[1])
        close(pipeEnds[1])
        guard case .success(let pid) = spawned else {
            close(pipeEnds[0])
            if case .failure(let error) = spawned { result.ending = .notStarted(error.description) }
            return result
        }
        let deadline = started + timeout
        let timedOut = drain(pipeEnds[0], pid: pid, deadline: deadline, keep: keepOutput, into: &result)
        close(pipeEnds[0])
        reap(pid, deadline: deadline, alreadyKilled: timedOut, into: &result)
        InterruptHandler.runningGroup.store(0, ordering: .releasing)
        result.seconds = Self.now() - started
        result.errorText = readErrorFile()
        return result
    }

    /// Reads standard output until end of file or the deadline; returns true if it killed the
    /// process group because the deadline passed.
    private func drain(_ descriptor: Int32, pid: pid_t, deadline: Double, keep: Bool,
                       into result: inout ToolRun) -> Bool {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while true {
            let remaining = deadline - Self.now()
            if remaining <= 0 {
                kill(-pid, SIGKILL)
                return true
            }
            let ready = poll(&waiting, 1, Int32(min(remaining * 1000, 1000)) + 1)
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            if count <= 0 { return false }
            result.outputByteCount += count
            if keep { result.output.append(contentsOf: chunk[0..<count]) }
        }
    }

    /// Waits for the process to exit (polling briefly, since it usually exits as soon as its
    /// output ends), kills it at the deadline, and records its exit status and peak RSS.
    private func reap(_ pid: pid_t, deadline: Double, alreadyKilled: Bool, into result: inout ToolRun) {
        var status: Int32 = 0
        var usage = rusage()
        var killed = alreadyKilled
        while true {
            let reaped = wait4(pid, &status, killed ? 0 : WNOHANG, &usage)
            if reaped == pid { break }
            if reaped < 0, errno != EINTR { break }
            if !killed, Self.now() >= deadline {
                kill(-pid, SIGKILL)
                killed = true
                continue
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 20_000)
            nanosleep(&pause, nil)
        }
        result.maxResidentKiB = Int(usage.ru_maxrss)
        if killed {
            result.ending = .timedOut
        } else if status & 0x7F == 0 {
            result.ending = .exited((status >> 8) & 0xFF)
        } else {
            result.ending = .signaled(status & 0x7F)
        }
    }

    private func readErrorFile() -> String {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = pread(errorFile, &bytes, bytes.count, 0)
        return count > 0 ? String(decoding: bytes[0..<count], as: UTF8.self) : ""
    }

    /// Seconds on the monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }
}
