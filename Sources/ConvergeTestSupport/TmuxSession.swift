import Foundation

/// The real `converge` binary on a real terminal: a private tmux server (its own
/// socket and configuration) running one command in a window of a given size, keys
/// sent as a user types them, the screen read back, the exit code read from a file.
///
/// Tests wait for what the screen shows (`waitFor`), never for a fixed time. The
/// server is killed when the value is released.
public final class TmuxSession: @unchecked Sendable {
    /// What a wait ran out on: the pattern, and the screen as it was.
    public struct Timeout: Error, CustomStringConvertible {
        public let waitingFor: String
        public let screen: String
        public var description: String { "timed out waiting for \(waitingFor); the screen:\n\(screen)" }
    }

    public let folder: TemporaryFolder
    private var socket: String { folder.file("sock") }
    private var exitFile: String { folder.file("exit") }
    private static let target = "app"

    /// Starts `command` (program and arguments) in a `width`×`height` window, in
    /// `directory`, with `LANG=C.UTF-8`, `HOME` in a fresh folder, and `environment`.
    /// The pane stays after the command ends (a shell waits in it), so the screen and the
    /// terminal modes it left can be read.
    public init(_ command: [String], width: Int = 100, height: Int = 30, directory: String? = nil,
                environment: [String: String] = [:]) throws {
        folder = try TemporaryFolder("converge-tmux")
        try folder.write("tmux.conf", """
            set -g default-terminal "tmux-256color"
            set -g escape-time 0
            set -g status off
            set -g remain-on-exit on
            set -g history-limit 1000

            """)
        try FileManager.default.createDirectory(atPath: folder.file("home"), withIntermediateDirectories: false)
        var arguments = ["new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y", "\(height)",
                         "-c", directory ?? folder.path, "-e", "LANG=C.UTF-8", "-e", "HOME=\(folder.file("home"))"]
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(name)=\(value)"] }
        // After the command: its terminal modes, then its exit code (last, so both are
        // there once the code is), then the pane stays as the command left it.
        let script = "\"$@\"; status=$?; stty -a > \"$0.stty\" 2>&1; echo $status > \"$0\"; exec sleep 100000"
        arguments += ["sh", "-c", script, exitFile] + command
        try tmux(arguments)
    }

    deinit { _ = try? Subprocess.spawn("tmux", ["-S", socket, "kill-server"]) }

    /// Sends keys by tmux's names (`q`, `Enter`, `Escape`, `BTab`, `NPage`, `C-c`, …).
    public func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", Self.target] + keys)
    }

    /// Sends keys by tmux's names, all in one go (they arrive in order).
    public func send(_ keys: [String]) throws {
        try tmux(["send-keys", "-t", Self.target] + keys)
    }

    /// Types `text` as it is (`漢`, `/`, a space).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", Self.target, "-l", text])
    }

    /// The screen as text, a line per row, trailing blanks removed; with `colors`, SGR codes kept.
    public func screen(colors: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", Self.target] + (colors ? ["-e"] : [])).stdoutText
    }

    /// What the command printed once it ended: the rows of the screen and its history
    /// (tmux's "Pane is dead" line scrolls the screen by one), but blank ones and that
    /// line, joined without separators (a line longer than the window wraps onto the next row).
    public func printed() throws -> String {
        let rows = try tmux(["capture-pane", "-p", "-S", "-", "-t", Self.target]).stdoutText.split(separator: "\n")
        return rows.filter { !$0.hasPrefix("Pane is dead") }.joined()
    }

    /// A tmux format about the pane (`#{alternate_on}`, `#{cursor_flag}`, `#{pane_width}`).
    public func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", Self.target, format]).stdoutText.trimmingCharacters(in: .newlines)
    }

    /// The terminal's modes (`stty -a`) as the command left them, once it has ended:
    /// the words, so a test can ask for `icanon` or `echo` (not `-icanon`).
    public func modesAfterExit() throws -> Set<String> {
        let text = try String(contentsOfFile: exitFile + ".stty", encoding: .utf8)
        return Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    }

    /// Resizes the window (the application gets SIGWINCH).
    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; returns that screen.
    @discardableResult
    public func waitFor(_ text: String, timeout: Double = 20) throws -> String {
        try poll(for: "'\(text)' on the screen", timeout: timeout) {
            let shown = try screen()
            return shown.contains(text) ? shown : nil
        }
    }

    /// Waits until the screen satisfies `test` (`what` names it in a timeout); returns that screen.
    @discardableResult
    public func waitUntil(_ what: String, timeout: Double = 20, _ test: (String) -> Bool) throws -> String {
        try poll(for: what, timeout: timeout) {
            let shown = try screen()
            return test(shown) ? shown : nil
        }
    }

    /// Waits until `condition` holds (a file written, say); `what` names it in a timeout.
    public func waitUntil(_ what: String, timeout: Double = 20, condition: () throws -> Bool) throws {
        _ = try poll(for: what, timeout: timeout) { try condition() ? true : nil }
    }

    /// Waits until the command has ended; returns its exit code.
    public func waitForExit(timeout: Double = 20) throws -> Int32 {
        try poll(for: "the command to end", timeout: timeout) {
            guard let text = try? String(contentsOfFile: exitFile, encoding: .utf8), text.hasSuffix("\n") else { return nil }
            return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    /// Calls `check` every 20 ms until it answers, or throws `Timeout` with the screen.
    private func poll<Answer>(for what: String, timeout: Double, _ check: () throws -> Answer?) throws -> Answer {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let answer = try check() { return answer }
            guard Date() < deadline else { throw Timeout(waitingFor: what, screen: (try? screen()) ?? "(no screen)") }
            usleep(20_000)
        }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> ProcessResult {
        let result = try Subprocess.spawn("tmux", ["-u", "-S", socket, "-f", folder.file("tmux.conf")] + arguments,
                                          environment: ["LANG": "C.UTF-8"], removing: ["TMUX", "LC_ALL", "LC_CTYPE"])
        guard result.status == 0 else {
            throw TmuxFailure(arguments: arguments, status: result.status, message: result.stderrText)
        }
        return result
    }
}

/// A tmux command that failed.
public struct TmuxFailure: Error, CustomStringConvertible {
    public let arguments: [String]
    public let status: Int32
    public let message: String
    public var description: String { "tmux \(arguments.joined(separator: " ")) exited \(status): \(message)" }
}
