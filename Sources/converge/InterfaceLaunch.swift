import Curses
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import MergeUI
import Migration

/// What every command that opens the interface shares: taking the terminal (or one
/// line and exit 2 saying why not and what to run instead), the theme, a first frame
/// while the plan is computed, and the loop.
enum InterfaceLaunch {
    /// Takes the terminal; nothing is written to it when this fails.
    static func openTerminal(theme: Theme, instead: String = TerminalCheck.migrationAlternative) throws(CommandFailure) -> CursesTerminal {
        do {
            return try CursesTerminal.open(theme: theme, instead: instead)
        } catch {
            throw CommandFailure(error.description, exitCode: 2)
        }
    }

    /// The interface's settings (theme at full colour, keys, auto-advance) from the
    /// user's config folder and `--theme`, with a warning for each broken file (the
    /// status line shows them; each broken file falls back to its default alone).
    static func settings(themeOption: String?) -> (InterfaceSettings, warnings: [String]) {
        var environment: [String: String] = [:]
        for name in ["HOME", "XDG_CONFIG_HOME"] {
            if let value = getenv(name) { environment[name] = String(cString: value) }
        }
        return InterfaceSettings.load(environment: environment, themeOption: themeOption)
    }

    /// A fresh state on `plan` with the user's keys and auto-advance, the settings'
    /// warnings in the status line.
    static func state(plan: Plan, session: Session = Session(), settings: InterfaceSettings, warnings: [String]) -> AppState {
        var state = AppState(plan: plan, session: session, keyMap: settings.keyMap, autoAdvance: settings.autoAdvance)
        if !warnings.isEmpty { state.status = StatusLine(warnings.joined(separator: "; "), isError: true) }
        return state
    }

    /// One line on an empty screen, while the plan is computed (a scan can take seconds).
    static func showWaiting(_ text: String, on terminal: CursesTerminal) {
        var screen = Screen(width: terminal.width, height: terminal.height)
        screen.put(text, x: 1, y: 1, limit: terminal.width - 2, style: CellStyle(.dim))
        terminal.show(screen)
    }

    /// Runs the interface on `state` until the user quits or the terminal goes; returns the last state.
    /// - Parameter startedAt: when the plan was ready: the first frame is timed from there.
    /// With `CONVERGE_TIMINGS=1` (the hidden switch of `PhaseTimings`) the frame times
    /// go to standard error once the terminal is given back.
    static func run<Performer: EffectPerformer>(_ state: AppState, performer: Performer, on terminal: CursesTerminal,
                                                startedAt: ContinuousClock.Instant = .now) -> AppState {
        var loop = InterfaceLoop(state: state, performer: performer, startedAt: startedAt)
        loop.run(on: terminal)
        if PhaseTimings.isOn {
            terminal.close()
            for line in loop.timings.report { StandardError.print(line) }
        }
        return loop.state
    }
}
