import Migration

/// Draws the Tree screen.
enum TreeView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.put("\(state.plan.scan.files.count) files", x: rect.x, y: rect.y, limit: rect.width)
    }
}
