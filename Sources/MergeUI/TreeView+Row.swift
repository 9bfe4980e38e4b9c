import Migration

extension TreeView {
    /// A stretch of a row drawn in one style.
    struct Part {
        var text: String
        var style: CellStyle
    }

    /// One row: the class mark, the name part (indent, name, where it goes, flags;
    /// scrolled by `scrollX`), then the action and the conflict's state at the right.
    static func drawRow(_ index: Int, of state: AppState, in rect: Rect, selected: Bool, on screen: inout Screen) {
        screen.fill(rect, style: CellStyle(.text, selected: selected))
        let row = state.tree.rows[index]
        let nameX = rect.x + 3
        let nameEnd = max(nameX, rect.maxX - actionWidth - detailWidth - 2)
        put(nameParts(index, of: state, selected: selected), x: nameX, skip: state.tree.scrollX, end: nameEnd - 1,
            y: rect.y, on: &screen)
        let (action, detail) = rightParts(row, of: state, selected: selected)
        screen.put(action.text, x: nameEnd, y: rect.y, limit: actionWidth, style: action.style)
        screen.put(detail.text, x: nameEnd + actionWidth + 1, y: rect.y, limit: detailWidth, style: detail.style)
        guard row.kind == .file else { return }
        let fileClass = state.plan.scan.files[row.file].fileClass
        screen.put(mark(fileClass), x: rect.x + 1, y: rect.y, limit: 1, style: CellStyle(role(fileClass), selected: selected))
    }

    /// The left part of a row, before scrolling: indent, fold arrow or name, mapping, flags.
    static func nameParts(_ index: Int, of state: AppState, selected: Bool) -> [Part] {
        let tree = state.tree
        let row = tree.rows[index]
        func part(_ text: String, _ role: StyleRole) -> Part { Part(text: text, style: CellStyle(role, selected: selected)) }
        let indent = part(String(repeating: "  ", count: row.depth), .text)
        let arrow = part(tree.folded.contains(index) ? "▸ " : "▾ ", .dim)
        switch row.kind {
        case .excludedGroup:
            return [indent, arrow, part("excluded (\(row.fileCount))", .dim)]
        case .folder:
            return [indent, arrow] + highlighted(row.name, .text, tree.needle, selected) + [part("/", .text)]
        case .file:
            let file = state.plan.scan.files[row.file]
            var parts = [indent] + highlighted(row.name, file.fileClass == .excluded ? .dim : .text, tree.needle, selected)
            let destination = state.plan.layout.destination(of: file.path)
            if let moved = tree.movedTargets[file.path] {
                parts.append(part(" → " + moved, .classMoved))
            } else if destination != file.path {
                parts.append(part(" → " + destination, .dim))
            }
            let flags = file.flags.names.filter { $0 != "excluded" }
            if !flags.isEmpty { parts.append(part(" " + flags.joined(separator: " "), .fileFlag)) }
            return parts
        }
    }

    /// `name` in `role`, with the search's first match in `searchMatch`.
    private static func highlighted(_ name: String, _ role: StyleRole, _ needle: ListCursor.Needle, _ selected: Bool) -> [Part] {
        guard !needle.isEmpty, let (before, match, after) = needle.split(name) else {
            return [Part(text: name, style: CellStyle(role, selected: selected))]
        }
        return [Part(text: String(before), style: CellStyle(role, selected: selected)),
                Part(text: String(match), style: CellStyle(.searchMatch, selected: selected)),
                Part(text: String(after), style: CellStyle(role, selected: selected))]
    }

    /// The action column and the detail column of a row.
    private static func rightParts(_ row: TreeRow, of state: AppState, selected: Bool) -> (action: Part, detail: Part) {
        func part(_ text: String, _ role: StyleRole) -> Part { Part(text: text, style: CellStyle(role, selected: selected)) }
        guard row.kind == .file else {
            return (part("", .text), part("\(row.fileCount) file\(row.fileCount == 1 ? "" : "s")", .dim))
        }
        let file = state.plan.scan.files[row.file]
        let proposed = TreeAction.proposed(for: file, plan: state.plan)
        let effective = TreeAction.effective(for: file, decision: state.session.decision(forFile: file.path), plan: state.plan)
        if effective != proposed {
            return (part(effective.title, .warning), part("was \(proposed.title)", .dim))
        }
        let action = part(effective.title, effective == .nothing ? .dim : .text)
        switch effective {
        case .merge, .combine:
            let status = ConflictsFileStatus(path: file.path, plan: state.plan, session: state.session)
            return (action, part(status.shortTitle, status.role))
        case .pickSide, .blocked:
            return (action, part("undecided", .conflictUnresolved))
        default:
            return (action, part("", .text))
        }
    }

    /// Draws `parts` from column `x`, leaving out their first `skip` columns and
    /// stopping before column `end`; a wide character cut by the skip becomes a space.
    private static func put(_ parts: [Part], x: Int, skip: Int, end: Int, y: Int, on screen: inout Screen) {
        var column = x
        var skip = skip
        for part in parts {
            guard column < end else { return }
            var text = Substring(part.text)
            while skip > 0, let first = text.first {
                let width = DisplayWidth.of(first)
                text = text.dropFirst()
                skip -= width
                if skip < 0 {
                    column += screen.put(" ", x: column, y: y, limit: end - column, style: part.style)
                    skip = 0
                }
            }
            guard !text.isEmpty else { continue }
            column += screen.put(text, x: column, y: y, limit: end - column, style: part.style)
        }
    }
}
