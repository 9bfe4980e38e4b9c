extension AppState {
    /// A command on the Apply screen.
    mutating func performApply(_ command: Command) -> [Effect] {
        []
    }

    /// The user said yes to "Apply now?".
    mutating func startApply() -> [Effect] {
        [.apply]
    }

    /// The user said yes to "Roll back?".
    mutating func startRollback() -> [Effect] {
        [.rollback]
    }

    /// The runner reports on an apply, a verify or a rollback.
    mutating func applyReceived(_ result: EffectResult) {}
}
