import Migration

/// Draws the whole interface: tabs and counts on top, the current screen, the status
/// or prompt line, the footer with the keys that work here, and the help overlay.
public enum AppView {
    /// Draws `state` over all of `screen`.
    public static func draw(_ state: AppState, on screen: inout Screen) {
        screen.fill(screen.bounds)
        let (header, rest) = screen.bounds.splitTop(1)
        let (middle, footer) = rest.splitBottom(1)
        let (body, statusRow) = middle.splitBottom(1)
        drawHeader(state, in: header, on: &screen)
        switch state.screen {
        case .tree: TreeView.draw(state, in: body, on: &screen)
        case .conflicts: ConflictsView.draw(state, in: body, on: &screen)
        case .merge: MergeView.draw(state, in: body, on: &screen)
        case .imports: ImportsView.draw(state, in: body, on: &screen)
        case .apply: ApplyView.draw(state, in: body, on: &screen)
        }
        drawStatus(state, in: statusRow, on: &screen)
        FooterView.draw(state, in: footer, on: &screen)
        if state.showsHelp { HelpView.draw(state, in: body, on: &screen) }
    }

    /// The rows the body gets on a screen of `height` rows.
    public static func bodyRows(height: Int) -> Int { max(0, height - 3) }

    /// The tab bar: the program's name when there is room (it goes first on a narrow
    /// screen, so all five tabs stay readable at 60 columns), the tabs, and the file
    /// count with `[+]` while decisions are unsaved.
    private static func drawHeader(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        screen.fill(rect, style: CellStyle(.header))
        let tabs = ScreenID.allCases.map { " \($0.rawValue) \($0.title) " }
        let tabsWidth = tabs.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
        let name = " converge "
        var x = rect.x
        if tabsWidth + DisplayWidth.of(name) <= rect.width {
            x += screen.put(name, x: x, y: rect.y, limit: rect.maxX - x, style: CellStyle(.header))
        }
        for (id, tab) in zip(ScreenID.allCases, tabs) {
            let style = CellStyle(id == state.screen ? .tabActive : .tab)
            x += screen.put(tab, x: x, y: rect.y, limit: rect.maxX - x, style: style)
            x += 1
        }
        let mark = state.isDirty ? " [+]" : ""
        let counts = "\(CountText.of(state.plan.scan.files.count)) files\(mark) "
        let width = DisplayWidth.of(counts)
        if rect.maxX - width > x {
            screen.put(counts, x: rect.maxX - width, y: rect.y, limit: width, style: CellStyle(.header))
        }
    }

    private static func drawStatus(_ state: AppState, in rect: Rect, on screen: inout Screen) {
        if let prompt = state.prompt {
            let question: String
            switch prompt.purpose {
            case .search: question = "/" + prompt.text
            case .confirmQuit: question = "Quit? The session has unsaved decisions. (y/n)"
            case .confirmApply: question = "Apply the migration now? (y/n)"
            case .confirmRollback: question = "Roll back the last apply? (y/n)"
            }
            screen.put(question, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(.status))
        } else if let status = state.status {
            screen.put(status.text, x: rect.x, y: rect.y, limit: rect.width, style: CellStyle(status.isError ? .error : .status))
        }
    }
}
