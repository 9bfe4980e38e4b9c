/// Runs the interface: draw, read a key, update the state, carry out its effects,
/// draw again, until an effect says quit or the terminal closes.
public struct InterfaceLoop<Performer: EffectPerformer> {
    public var state: AppState
    public var performer: Performer
    /// When the interface started to be made (the first frame is timed from here):
    /// by default when the loop was made; a command sets it to when its plan was ready.
    public var startedAt: ContinuousClock.Instant
    public private(set) var timings = FrameTimings()

    public init(state: AppState, performer: Performer, startedAt: ContinuousClock.Instant = .now) {
        self.state = state
        self.performer = performer
        self.startedAt = startedAt
    }

    /// Runs until quit; returns when the user quits or the terminal closes.
    public mutating func run(on terminal: TerminalDevice) {
        draw(on: terminal)
        timings.firstFrame = ContinuousClock.now - startedAt
        while true {
            let effects: [Effect]
            let event = terminal.nextEvent()
            let read = ContinuousClock.now
            switch event {
            case .key(let key): effects = state.handle(key)
            case .resize: effects = []
            case .closed:
                if state.isDirty { _ = carryOut([.saveSession], on: terminal) }
                return
            }
            if !carryOut(effects, on: terminal) { return }
            draw(on: terminal)
            if case .key = event { timings.keyToFrame.append(ContinuousClock.now - read) }
        }
    }

    /// Draws the state at the terminal's size.
    public mutating func draw(on terminal: TerminalDevice) {
        Self.show(&state, on: terminal)
    }

    /// Fits `state` to the terminal's size (page moves and the pane layout read it) and shows it.
    private static func show(_ state: inout AppState, on terminal: TerminalDevice) {
        state.bodyRows = AppView.bodyRows(height: terminal.height)
        state.bodyColumns = terminal.width
        var screen = Screen(width: terminal.width, height: terminal.height)
        AppView.draw(state, on: &screen)
        terminal.show(screen)
    }

    /// Carries out effects in order, and the effects their results ask for; false on quit.
    private mutating func carryOut(_ effects: [Effect], on terminal: TerminalDevice) -> Bool {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .quit { return false }
            // Progress reported during a long effect (an apply) is drawn at once, and kept.
            var progressState = state
            let result = performer.perform(effect, state: state, terminal: terminal) { update in
                _ = progressState.receive(update, for: effect)
                Self.show(&progressState, on: terminal)
            }
            state = progressState
            if let result { queue += state.receive(result, for: effect) }
        }
        return true
    }
}
