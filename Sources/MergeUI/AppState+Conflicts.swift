import Migration

extension AppState {
    /// A command on the Conflicts screen.
    mutating func performConflicts(_ command: Command) -> [Effect] {
        conflicts.windowRows = ConflictsView.listRows(bodyRows: bodyRows)
        switch command {
        case .down: conflicts.move(by: 1)
        case .up: conflicts.move(by: -1)
        case .pageDown: conflicts.page(1)
        case .pageUp: conflicts.page(-1)
        case .top: conflicts.select(0)
        case .bottom: conflicts.select(conflicts.paths.count - 1)
        case .open:
            guard let path = conflicts.selectedPath else {
                status = StatusLine("no conflict files in this migration")
                return []
            }
            openMerge(path: path)
        case .nextConflict, .previousConflict:
            jumpToUnresolvedFile(forward: command == .nextConflict)
        case .confirm:
            return confirmSelectedFile()
        case .search:
            conflicts.beginSearch()
            prompt = Prompt(.search)
        case .nextMatch, .previousMatch:
            if !conflicts.jumpToMatch(forward: command == .nextMatch) { status = StatusLine("no match") }
        case .back:
            conflicts.clearSearch()
        default:
            status = StatusLine("\(command.info.help) does nothing on the conflicts list")
        }
        return []
    }

    /// The status of the conflict file at `path` under the session.
    public func conflictStatus(_ path: String) -> ConflictsFileStatus {
        ConflictsFileStatus(path: path, plan: plan, session: session)
    }

    /// `n` / `N`: the next or previous file with unresolved conflicts, wrapping.
    private mutating func jumpToUnresolvedFile(forward: Bool) {
        let found = conflicts.next(forward: forward) { conflictStatus($0).unresolved > 0 }
        guard let found else {
            status = StatusLine("no unresolved conflicts left")
            return
        }
        conflicts.select(found.index)
        if found.wrapped { status = StatusLine(forward ? "from the top" : "from the bottom") }
    }

    /// `c`: marks a file that merged on its own as reviewed; on a reviewed file, takes it back.
    private mutating func confirmSelectedFile() -> [Effect] {
        guard let path = conflicts.selectedPath else { return [] }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        switch conflictStatus(path) {
        case .review:
            let effects = change(SessionChange([.confirmation(path, true)]))
            status = StatusLine("\(name): reviewed")
            return effects
        case .reviewed:
            let effects = change(SessionChange([.confirmation(path, false)]))
            status = StatusLine("\(name): not reviewed any more")
            return effects
        case .unresolved(let count):
            status = StatusLine("\(name): resolve its \(count) unresolved conflict\(count == 1 ? "" : "s") first (Enter opens it)")
        case .resolved:
            status = StatusLine("\(name): nothing merged on its own, nothing to review")
        case .overridden(let decision):
            status = StatusLine("\(name): \(TreeAction(decision: decision).title), not merged: nothing to review")
        }
        return []
    }
}
