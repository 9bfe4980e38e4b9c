/// What the interface needs of a terminal: its size, a way to show a screen, and key
/// presses. The ncurses backend (module `Curses`) is one; `ScriptedTerminal` in the
/// tests is another (no global terminal: the backend is passed in).
public protocol TerminalDevice: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Shows `screen`, writing only the cells that differ from what is shown.
    func show(_ screen: Screen)
    /// Waits for the next key or resize.
    func nextEvent() -> TerminalEvent
    /// Gives the terminal back (before `$EDITOR` runs); `resume()` takes it again and redraws all.
    func suspend()
    func resume()
}

/// What a terminal reports.
public enum TerminalEvent: Hashable, Sendable {
    case key(Key)
    case resize
    /// The terminal is gone (end of input, hang-up): save and stop.
    case closed
}

/// Carries out effects: the part of the interface that touches the disk and other
/// programs. `report` may be called during a long effect (apply progress).
public protocol EffectPerformer {
    mutating func perform(_ effect: Effect, state: AppState, terminal: TerminalDevice,
                          report: (EffectResult) -> Void) -> EffectResult?
}
