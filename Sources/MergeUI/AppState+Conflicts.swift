extension AppState {
    /// A command on the Conflicts screen.
    mutating func performConflicts(_ command: Command) -> [Effect] {
        []
    }
}
