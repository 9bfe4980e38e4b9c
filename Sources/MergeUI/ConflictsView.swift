/// Draws the Conflicts screen.
enum ConflictsView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        for (row, path) in state.conflicts.paths.prefix(rect.height).enumerated() {
            screen.put(path, x: rect.x, y: rect.y + row, limit: rect.width)
        }
    }
}
