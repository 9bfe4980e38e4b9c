import Curses
import MergeUI

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

    /// The theme `--theme` names, and a warning for the status line when it is not there.
    ///
    /// Only the built-in theme exists until the theme files and their loader land
    /// (issue 6, `themes` branch): then this is the one place that loads them.
    static func theme(_ choice: String?) -> (Theme, warning: String?) {
        guard let choice, choice != Theme.builtIn.name else { return (Theme.builtIn, nil) }
        return (Theme.builtIn, "theme \(choice): theme files are not read yet; using the built-in default")
    }

    /// One line on an empty screen, while the plan is computed (a scan can take seconds).
    static func showWaiting(_ text: String, on terminal: CursesTerminal) {
        var screen = Screen(width: terminal.width, height: terminal.height)
        screen.put(text, x: 1, y: 1, limit: terminal.width - 2, style: CellStyle(.dim))
        terminal.show(screen)
    }

    /// Runs the interface on `state` until the user quits or the terminal goes; returns the last state.
    static func run<Performer: EffectPerformer>(_ state: AppState, performer: Performer, on terminal: CursesTerminal) -> AppState {
        var loop = InterfaceLoop(state: state, performer: performer)
        loop.run(on: terminal)
        return loop.state
    }
}
