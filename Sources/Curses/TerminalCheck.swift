/// Why the interface cannot run on this terminal, in one line that also says what to
/// run instead: the command prints it and exits 2, without drawing anything.
public struct TerminalUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong (`TERM is not set`).
    public let reason: String
    /// What to run instead (`use 'converge scan' to see the plan …`).
    public let instead: String

    public init(reason: String, instead: String) {
        self.reason = reason
        self.instead = instead
    }

    public var description: String { "\(reason); \(instead)" }
}

/// The checks that come before any byte is written to the terminal, in the order the
/// user fixes them: a terminal on both ends, a usable `TERM`, enough room.
public enum TerminalCheck {
    /// The smallest screen the interface draws: every view fits from here up.
    public static let minimumWidth = 60
    public static let minimumHeight = 16

    /// What the interactive commands suggest when there is no usable terminal.
    public static let migrationAlternative = "use 'converge scan SOURCE TARGET' to see the plan and 'converge apply' to apply it"

    /// Why standard input/output and `TERM` rule the interface out; nil when they do not.
    public static func problem(inputIsTerminal: Bool, outputIsTerminal: Bool, term: String?) -> String? {
        switch (inputIsTerminal, outputIsTerminal) {
        case (false, false): return "the interface needs a terminal, and standard input and output are not one"
        case (false, true): return "the interface needs a terminal, and standard input is not one"
        case (true, false): return "the interface needs a terminal, and standard output is not one"
        case (true, true): break
        }
        guard let term, !term.isEmpty else { return "TERM is not set, so the terminal's type is unknown" }
        if term == "dumb" { return "TERM=dumb cannot move the cursor" }
        return nil
    }

    /// Why terminfo's answer for `term` rules the interface out (`status` as
    /// `cc_check_terminal` gives it: 0 usable, 1 unknown, 2 no cursor addressing).
    public static func problem(term: String, terminfoStatus status: Int32) -> String? {
        switch status {
        case 0: return nil
        case 1: return "TERM=\(term) is not a terminal type this system knows (no terminfo entry)"
        default: return "TERM=\(term) cannot move the cursor (its terminfo entry has no cup)"
        }
    }

    /// Why a screen of `columns`×`rows` is too small; nil when it fits (0 means unknown: it fits).
    public static func problem(columns: Int, rows: Int) -> String? {
        guard columns > 0, rows > 0, columns < minimumWidth || rows < minimumHeight else { return nil }
        return "the terminal is \(columns)×\(rows); the interface needs at least \(minimumWidth)×\(minimumHeight)"
    }
}
