/// Draws the merge view.
enum MergeView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.put(state.merge?.path ?? "no file open", x: rect.x, y: rect.y, limit: rect.width)
    }
}
