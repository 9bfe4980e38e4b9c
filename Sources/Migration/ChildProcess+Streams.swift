#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ChildProcess {
    /// The three pipes between converge and the child it runs. Every end is close-on-exec,
    /// so only the ends dup'ed onto the child's 0, 1 and 2 reach it; a closed end is -1.
    struct Pipes {
        var input: (read: Int32, write: Int32) = (-1, -1)
        var output: (read: Int32, write: Int32) = (-1, -1)
        var errors: (read: Int32, write: Int32) = (-1, -1)

        init(program: String) throws(Failure) {
            do {
                input = try Self.pair(program)
                output = try Self.pair(program)
                errors = try Self.pair(program)
            } catch {
                closeAll()
                throw error
            }
        }

        private static func pair(_ program: String) throws(Failure) -> (read: Int32, write: Int32) {
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                throw Failure(description: "cannot run \(program): \(String(cString: strerror(errno)))")
            }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
            return (ends[0], ends[1])
        }

        /// Closes `fd` once and marks it closed.
        static func close(_ fd: inout Int32) {
            if fd >= 0 { _ = closeDescriptor(fd) }
            fd = -1
        }

        /// After the spawn: the ends the child uses are no business of the parent's.
        mutating func closeChildEnds() {
            Self.close(&input.read)
            Self.close(&output.write)
            Self.close(&errors.write)
        }

        mutating func closeAll() {
            closeChildEnds()
            Self.close(&input.write)
            Self.close(&output.read)
            Self.close(&errors.read)
        }
    }

    /// Writes `input` to the child and reads its output and errors until both end, with
    /// `poll(2)` so that a child blocked on a full output pipe is drained while converge
    /// still has input to give it. Past `deadline` (monotonic nanoseconds) the child's
    /// process group is killed and the pipes drained to their end. Closes every parent end.
    static func exchange(
        input: [UInt8], ends: inout Pipes, child: pid_t, deadline: UInt64?
    ) -> (stdout: [UInt8], stderr: [UInt8], timedOut: Bool) {
        var stdout: [UInt8] = [], stderr: [UInt8] = []
        var written = 0
        var timedOut = false
        let quietPipe = BrokenPipeSignal.block()
        defer { BrokenPipeSignal.restore(quietPipe) }
        if input.isEmpty { Pipes.close(&ends.input.write) } else { _ = fcntl(ends.input.write, F_SETFL, O_NONBLOCK) }
        while ends.input.write >= 0 || ends.output.read >= 0 || ends.errors.read >= 0 {
            var polled = [ends.input.write, ends.output.read, ends.errors.read].enumerated().map { index, fd in
                pollfd(fd: fd, events: Int16(index == 0 ? POLLOUT : POLLIN), revents: 0)
            }
            let wait = timedOut ? -1 : deadline.map { Int32(clamping: ($0 &- min($0, monotonicNow())) / 1_000_000) } ?? -1
            // A negative fd is ignored by poll(2), which keeps the three slots in place.
            let ready = poll(&polled, nfds_t(polled.count), wait)
            guard ready >= 0 || errno == EINTR else { break }
            // Checked after every wake-up: a child that never stops printing still times out.
            if let deadline, !timedOut, monotonicNow() >= deadline {
                timedOut = true
                _ = kill(-child, SIGKILL)
                Pipes.close(&ends.input.write)
                continue
            }
            if polled[0].revents != 0 { writeSome(input, from: &written, to: &ends.input.write) }
            if polled[1].revents != 0 { readSome(from: &ends.output.read, into: &stdout) }
            if polled[2].revents != 0 { readSome(from: &ends.errors.read, into: &stderr) }
        }
        ends.closeAll()
        return (stdout, stderr, timedOut)
    }

    /// Nanoseconds of `CLOCK_MONOTONIC`, which no change of the wall clock moves.
    static func monotonicNow() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }

    /// One `write(2)` of what is left; closes the end when all is written or the child
    /// stopped reading (`EPIPE`, whose signal `BrokenPipeSignal` keeps away).
    private static func writeSome(_ input: [UInt8], from written: inout Int, to fd: inout Int32) {
        let n = input.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
        if n > 0 { written += n }
        let retry = n < 0 && (errno == EAGAIN || errno == EINTR)
        if written == input.count || (n <= 0 && !retry) { Pipes.close(&fd) }
    }

    /// One `read(2)` into `bytes`; closes the end at end of file or on an error.
    private static func readSome(from fd: inout Int32, into bytes: inout [UInt8]) {
        let count = 1 << 16
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: count))
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + start, count) }
        bytes.removeLast(count - max(n, 0))
        if n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN) { Pipes.close(&fd) }
    }
}

/// `close(2)`, named apart from `Pipes.close`.
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }
