extension AppState {
    /// A command on the Tree screen.
    mutating func performTree(_ command: Command) -> [Effect] {
        []
    }
}
