import Migration

extension AppState {
    /// A command on the Tree screen.
    mutating func performTree(_ command: Command) -> [Effect] {
        tree.windowRows = TreeView.listRows(bodyRows: bodyRows)
        switch command {
        case .down: tree.move(by: 1)
        case .up: tree.move(by: -1)
        case .pageDown: tree.page(1)
        case .pageUp: tree.page(-1)
        case .top: tree.select(visibleIndex: 0)
        case .bottom: tree.select(visibleIndex: tree.visible.count - 1)
        case .scrollLeft: tree.scroll(by: -TreeState.scrollStep, widest: TreeView.widestName(self))
        case .scrollRight: tree.scroll(by: TreeState.scrollStep, widest: TreeView.widestName(self))
        case .filter:
            tree.cycleFilter()
            status = StatusLine("showing \(tree.filter.title)")
        case .search:
            tree.beginSearch()
            prompt = Prompt(.search)
        case .nextMatch, .previousMatch:
            if !tree.jumpToMatch(forward: command == .nextMatch) { status = StatusLine("no match") }
        case .back:
            tree.clearSearch()
        case .open:
            openTreeRow()
        case .fileMerge, .takeTarget, .takeSource, .fileSkip:
            return overrideFile(command)
        default:
            status = StatusLine("\(command.info.help) does nothing on the tree")
        }
        return []
    }

    /// The scanned file under the tree's cursor, if the cursor is on a file.
    var selectedTreeFile: ScannedFile? {
        guard let row = tree.selectedRow, tree.rows[row].kind == .file else { return nil }
        return plan.scan.files[tree.rows[row].file]
    }

    /// Enter: folds or unfolds a folder; opens a conflict file in the merge view.
    private mutating func openTreeRow() {
        guard let row = tree.selectedRow else { return }
        guard let file = selectedTreeFile else {
            tree.toggleFold(row)
            return
        }
        guard file.fileClass == .conflict else {
            status = StatusLine("only conflict files (B) open in the merge view")
            return
        }
        guard TreeOverride.implied(for: file, plan: plan) != nil else {
            status = StatusLine("\(tree.rows[row].name) cannot be merged as text: t takes the target, s the source")
            return
        }
        openMerge(path: file.path)
    }

    /// `m`, `t`, `s`, `d`: records the file decision, or takes it back when the file has
    /// it already; the same key twice returns to the proposal.
    private mutating func overrideFile(_ command: Command) -> [Effect] {
        guard let file = selectedTreeFile else {
            status = StatusLine("choose a file: a folder has no decision of its own")
            return []
        }
        let asked: FileDecision
        switch TreeOverride.asked(command, for: file, plan: plan) {
        case .refuse(let reason):
            status = StatusLine(reason)
            return []
        case .decide(let decision):
            asked = decision
        }
        let current = session.decision(forFile: file.path)
        let wanted: FileDecision? = asked == current || asked == TreeOverride.implied(for: file, plan: plan) ? nil : asked
        let name = tree.rows[tree.selectedRow!].name
        guard wanted != current else {
            status = StatusLine("\(name): \(TreeAction.effective(for: file, decision: current, plan: plan).title) already")
            return []
        }
        let effects = change(SessionChange([.file(file.path, wanted)]))
        let action = TreeAction.effective(for: file, decision: wanted, plan: plan).title
        status = StatusLine(wanted == nil ? "\(name): back to \(action)" : "\(name): \(action)")
        return effects
    }
}
