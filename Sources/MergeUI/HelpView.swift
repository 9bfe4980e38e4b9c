/// The `?` overlay: every command that works on the current screen, by group, with
/// its keys, from the command table.
enum HelpView {
    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let lines = lines(state)
        let width = min(rect.width, (lines.map { DisplayWidth.of($0.keys) + DisplayWidth.of($0.help) }.max() ?? 0) + 6)
        let height = min(rect.height, lines.count + 2)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        screen.fill(box, style: CellStyle(.help))
        let keyWidth = lines.map { DisplayWidth.of($0.keys) }.max() ?? 0
        for (row, line) in lines.prefix(max(0, height - 2)).enumerated() {
            let y = box.y + 1 + row
            let style = CellStyle(line.help.isEmpty ? .title : .helpKey)
            screen.put(line.keys, x: box.x + 2, y: y, limit: box.width - 3, style: style)
            screen.put(line.help, x: box.x + 3 + keyWidth, y: y, limit: max(0, box.maxX - box.x - 4 - keyWidth), style: CellStyle(.help))
        }
    }

    /// Group headings (help empty) and one line per command.
    static func lines(_ state: AppState) -> [(keys: String, help: String)] {
        var result: [(keys: String, help: String)] = []
        var group = ""
        for command in Command.allCases where command.info.works(on: state.screen) {
            let keys = state.keyMap.keys(for: command)
            guard !keys.isEmpty else { continue }
            if command.info.group != group {
                group = command.info.group
                result.append((group, ""))
            }
            result.append((keys.map(\.description).joined(separator: " "), command.info.help))
        }
        return result
    }
}
