/// Runs the interface: draw, read a key, update the state, carry out its effects,
/// draw again, until an effect says quit or the terminal closes.
public struct InterfaceLoop<Performer: EffectPerformer> {
    public var state: AppState
    public var performer: Performer
    /// Frames drawn so far.
    public private(set) var frames = 0
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
        var screen = Screen(width: terminal.width, height: terminal.height)
        state.bodyRows = AppView.bodyRows(height: terminal.height)
        state.bodyColumns = terminal.width
        AppView.draw(state, on: &screen)
        frames += 1
        terminal.show(screen)
    }

    /// Carries out effects in order, and the effects their results ask for; false on quit.
    private mutating func carryOut(_ effects: [Effect], on terminal: TerminalDevice) -> Bool {
        var queue = effects
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect == .quit { return false }
            var progressState = state
            let result = performer.perform(effect, state: state, terminal: terminal) { update in
                _ = progressState.receive(update, for: effect)
                var screen = Screen(width: terminal.width, height: terminal.height)
                AppView.draw(progressState, on: &screen)
                terminal.show(screen)
            }
            if effect == .apply || effect == .rollback || effect == .verify { state.apply = progressState.apply }
            if let result { queue += state.receive(result, for: effect) }
        }
        return true
    }
}
