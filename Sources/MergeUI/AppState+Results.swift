extension AppState {
    /// What the runner reports after carrying out an effect.
    public mutating func receive(_ result: EffectResult, for effect: Effect) -> [Effect] {
        switch result {
        case .saved:
            isDirty = false
        case .saveFailed(let message):
            status = StatusLine("session not saved: \(message)", isError: true)
        case .edited(_, let bytes):
            guard case .editHunk(let edit) = effect else { return [] }
            return mergeEdited(edit, bytes: bytes)
        case .failed(let message):
            status = StatusLine(message, isError: true)
            applyReceived(result)
        case .applyProgress, .applied, .verified, .rolledBack:
            applyReceived(result)
        }
        return []
    }
}
