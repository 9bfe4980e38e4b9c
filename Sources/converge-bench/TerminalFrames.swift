import ConvergeTestSupport
import Foundation

/// The frame times of the real binary on the ncurses backend: converge runs in a tmux
/// window (a real terminal, `tmux-256color`) with `CONVERGE_TIMINGS=1`, keys are sent
/// as a person would press them, and the binary reports, once it has given the
/// terminal back, its time to first frame and each key's time from read to frame shown
/// (ncurses' refresh included) on standard error, which goes to a file here.
struct TerminalFrames {
    struct Report {
        var firstFrameSeconds: Double?
        /// `median …, p95 …, max … over N keys`, as the binary printed it.
        var keyToFrame: String?
        var keyToFrameMedianSeconds: Double?
    }

    let converge: String

    /// Runs `arguments` in `directory` in a `width`×`height` window, waits for `ready` on
    /// the screen, presses `keys` one by one (about 15 ms apart, so that each finds the
    /// previous frame drawn: ncurses stops drawing when a key is waiting), then `quit`.
    func measure(_ arguments: [String], in directory: String, ready: String, keys: [String] = [], quit: [String] = ["q"],
                 width: Int = 100, height: Int = 30) throws -> Report {
        let errors = try TemporaryFolder("converge-bench-frames")
        let log = errors.file("timings")
        let command = ["sh", "-c", "exec \"$@\" 2>\"$0\"", log, converge] + arguments
        let tmux = try TmuxSession(command, width: width, height: height, directory: directory, environment: ["CONVERGE_TIMINGS": "1"])
        try tmux.waitFor(ready, timeout: 120)
        for key in keys {
            try tmux.send(key)
            usleep(15_000)
        }
        try tmux.send(quit)
        _ = try tmux.waitForExit(timeout: 120)
        return Self.parse((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")
    }

    /// Reads `first frame: 1.234 ms` and `key to frame: median 0.400 ms, …` lines.
    static func parse(_ text: String) -> Report {
        var report = Report()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("first frame: ") {
                report.firstFrameSeconds = milliseconds(line.dropFirst("first frame: ".count)).map { $0 / 1000 }
            } else if line.hasPrefix("key to frame: ") {
                let rest = line.dropFirst("key to frame: ".count)
                report.keyToFrame = String(rest)
                report.keyToFrameMedianSeconds = milliseconds(rest.dropFirst("median ".count)).map { $0 / 1000 }
            }
        }
        return report
    }

    /// The number before ` ms` at the start of `text`.
    private static func milliseconds(_ text: Substring) -> Double? {
        text.split(separator: " ").first.flatMap { Double($0) }
    }
}
