/// The bottom row: the keys that work on the current screen, from the command table,
/// screen-specific ones first, as many as fit.
enum FooterView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, style: CellStyle(.footer))
        var x = rect.x
        for command in commands(on: state.screen) {
            guard let key = state.keyMap.keys(for: command).first else { continue }
            let name = "\(key)"
            let needed = DisplayWidth.of(name) + 1 + DisplayWidth.of(command.info.help) + 2
            guard x + needed <= rect.maxX else { break }
            x += screen.put(name, x: x, y: rect.y, style: CellStyle(.footerKey))
            x += screen.put(" " + command.info.help + "  ", x: x, y: rect.y, style: CellStyle(.footer))
        }
    }

    /// The commands the footer offers on `screen`: its own first, then the general ones.
    static func commands(on screen: ScreenID) -> [Command] {
        let own = Command.allCases.filter { !$0.info.screens.isEmpty && $0.info.works(on: screen) && $0.info.group != "Move" }
        let general: [Command] = [.help, .undo, .quit]
        return own + general
    }
}
