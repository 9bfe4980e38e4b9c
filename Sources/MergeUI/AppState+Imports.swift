extension AppState {
    /// A command on the Imports screen.
    mutating func performImports(_ command: Command) -> [Effect] {
        []
    }
}
