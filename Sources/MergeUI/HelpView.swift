/// The `?` overlay: every command that works on the current screen, by group, with its
/// keys, from the command table (so the help always matches the keys).
///
/// The lines flow into as many columns as the body has room for; when even that is too
/// little (60×16), `j`/`k` scroll the overlay and its last row says so.
enum HelpView {
    typealias Line = (keys: String, help: String)

    static func draw(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        let lines = lines(state)
        let keyWidth = lines.filter { !$0.help.isEmpty }.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let columnWidth = keyWidth + 2 + (lines.map { DisplayWidth.of($0.help) }.max() ?? 0) + 3
        let layout = self.layout(lineCount: lines.count, columnWidth: columnWidth, in: rect)
        screen.fill(layout.box, style: CellStyle(.help))
        let first = min(state.helpScroll, layout.hiddenRows) * layout.columns
        for (index, line) in lines.dropFirst(first).prefix(layout.rows * layout.columns).enumerated() {
            let x = layout.box.x + 2 + (index / layout.rows) * columnWidth
            let y = layout.box.y + 1 + index % layout.rows
            let limit = layout.box.maxX - 1 - x
            if line.help.isEmpty {
                screen.put(line.keys, x: x, y: y, limit: limit, style: CellStyle(.title))
            } else {
                screen.put(line.keys, x: x, y: y, limit: limit, style: CellStyle(.helpKey))
                screen.put(line.help, x: x + keyWidth + 2, y: y, limit: limit - keyWidth - 2, style: CellStyle(.help))
            }
        }
        let note = layout.hiddenRows > 0 ? " j/k scroll · any other key closes " : " any key closes "
        screen.put(note, x: layout.box.x + 2, y: layout.box.maxY - 1, limit: layout.box.width - 4, style: CellStyle(.dim))
    }

    /// Where the overlay goes: its box, its columns, the rows of each, and how many
    /// rows of lines do not fit (what `j` can scroll).
    static func layout(lineCount: Int, columnWidth: Int, in rect: Rect) -> (box: Rect, columns: Int, rows: Int, hiddenRows: Int) {
        let usableRows = max(1, rect.height - 2)
        let maxColumns = max(1, (rect.width - 4) / max(1, columnWidth))
        let columns = min(maxColumns, max(1, (lineCount + usableRows - 1) / usableRows))
        let rows = min(usableRows, (lineCount + columns - 1) / columns)
        let totalRows = (lineCount + columns - 1) / columns
        let width = min(rect.width, columns * columnWidth + 3)
        let height = min(rect.height, rows + 2)
        let box = Rect(x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width: width, height: height)
        return (box, columns, rows, max(0, totalRows - rows))
    }

    /// Group headings (help empty) and one line per command.
    static func lines(_ state: AppState) -> [Line] {
        var result: [Line] = []
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
