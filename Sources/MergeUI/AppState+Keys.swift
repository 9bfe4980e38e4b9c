extension AppState {
    /// One key press: typed into the open prompt, or looked up in the key map and run;
    /// then the Imports and Apply screens recount what a changed decision changed.
    public mutating func handle(_ key: Key) -> [Effect] {
        defer { refreshImports(); refreshApply() }
        if prompt != nil { return handlePrompt(key) }
        if showsHelp {
            // The movement keys scroll the help; any other key closes it, and `?` and
            // Escape only close it.
            switch keyMap.command(for: key, on: screen) {
            case .down?: helpScroll += 1; return []
            case .up?: helpScroll = max(0, helpScroll - 1); return []
            default: break
            }
            showsHelp = false
            if key == .escape || keyMap.command(for: key, on: screen) == .help { return [] }
        }
        guard let command = keyMap.command(for: key, on: screen) else {
            status = StatusLine("\(key) does nothing here; ? lists the keys")
            return []
        }
        return perform(command)
    }

    /// Runs one command: the ones that work everywhere here, the rest on the current screen.
    public mutating func perform(_ command: Command) -> [Effect] {
        status = nil
        switch command {
        case .quit:
            if isDirty {
                prompt = Prompt(.confirmQuit)
                return []
            }
            return [.quit]
        case .help:
            showsHelp = true
            helpScroll = 0
            return []
        case .save:
            return [.saveSession]
        case .undo:
            return undo()
        case .redo:
            return redo()
        case .showTree: show(.tree)
        case .showConflicts: show(.conflicts)
        case .showMerge: show(.merge)
        case .showImports: show(.imports)
        case .showApply: show(.apply)
        case .nextScreen: show(ScreenID(rawValue: screen.rawValue % ScreenID.allCases.count + 1)!)
        case .previousScreen: show(ScreenID(rawValue: (screen.rawValue + ScreenID.allCases.count - 2) % ScreenID.allCases.count + 1)!)
        default:
            return performOnScreen(command)
        }
        return []
    }

    /// Goes to a screen; the merge view needs an open file, else it opens the first unresolved one.
    public mutating func show(_ target: ScreenID) {
        if target == .merge, merge == nil {
            guard let path = conflicts.firstPath(in: self) else {
                status = StatusLine("no conflict file to open")
                return
            }
            openMerge(path: path)
            return
        }
        screen = target
    }

    private mutating func performOnScreen(_ command: Command) -> [Effect] {
        switch screen {
        case .tree: performTree(command)
        case .conflicts: performConflicts(command)
        case .merge: performMerge(command)
        case .imports: performImports(command)
        case .apply: performApply(command)
        }
    }

    /// A key while a prompt is open: text for a search, y/n for a question.
    private mutating func handlePrompt(_ key: Key) -> [Effect] {
        guard var open = prompt else { return [] }
        switch open.purpose {
        case .search:
            switch key {
            case .escape:
                prompt = nil
            case .enter:
                prompt = nil
                searchChanged(open.text, final: true)
            case .backspace:
                if !open.text.isEmpty { open.text.removeLast() }
                prompt = open
                searchChanged(open.text, final: false)
            case .character(let character):
                open.text.append(character)
                prompt = open
                searchChanged(open.text, final: false)
            default:
                break
            }
            return []
        case .confirmQuit, .confirmApply, .confirmRollback:
            prompt = nil
            guard key == .character("y") || key == .character("Y") else {
                status = StatusLine("cancelled")
                return []
            }
            switch open.purpose {
            case .confirmQuit: return [.quit]
            case .confirmApply: return startApply()
            default: return startRollback()
            }
        }
    }

    /// The search text changed: the current list screen moves to the first match.
    private mutating func searchChanged(_ text: String, final: Bool) {
        switch screen {
        case .tree: tree.search(text, in: plan)
        case .conflicts: conflicts.search(text, in: self)
        case .imports: imports.search(text, in: plan)
        default: break
        }
    }
}
