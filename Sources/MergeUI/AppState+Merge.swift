extension AppState {
    /// Opens a conflict file in the merge view.
    public mutating func openMerge(path: String) {
        merge = MergeState(path: path)
        screen = .merge
    }

    /// A command in the merge view.
    mutating func performMerge(_ command: Command) -> [Effect] {
        []
    }

    /// The editor came back with a hunk's new result (nil: nothing written).
    mutating func mergeEdited(_ edit: HunkEdit, bytes: [UInt8]?) -> [Effect] {
        []
    }
}
