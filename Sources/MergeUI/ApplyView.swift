/// Draws the Apply screen.
enum ApplyView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.put("apply", x: rect.x, y: rect.y, limit: rect.width)
    }
}
