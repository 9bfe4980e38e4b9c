import Migration

/// Draws the Imports screen.
enum ImportsView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.put("\(state.plan.proposals.count) proposals", x: rect.x, y: rect.y, limit: rect.width)
    }
}
