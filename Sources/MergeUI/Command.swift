/// Everything a user can ask of the interface: one case per action. The key map, the
/// footer and the `?` overlay all come from `Command.table` (tig's `REQ_INFO`), so the
/// help always matches what the keys do.
public enum Command: String, Hashable, Sendable, CaseIterable {
    // Anywhere
    case quit, help, save, undo, redo
    case showTree = "show-tree", showConflicts = "show-conflicts", showMerge = "show-merge"
    case showImports = "show-imports", showApply = "show-apply"
    case nextScreen = "next-screen", previousScreen = "previous-screen"
    // Moving
    case down, up, pageDown = "page-down", pageUp = "page-up", top, bottom
    case scrollLeft = "scroll-left", scrollRight = "scroll-right"
    case open, back, search
    case nextMatch = "next-match", previousMatch = "previous-match"
    // Tree
    case filter
    case fileMerge = "file-merge", fileSkip = "file-skip"
    // Merge view
    case nextConflict = "next-conflict", previousConflict = "previous-conflict"
    case nextChange = "next-change", previousChange = "previous-change"
    case takeTarget = "take-target", takeSource = "take-source", takeBase = "take-base"
    case bothTargetFirst = "both-target-first", bothSourceFirst = "both-source-first"
    case edit, unresolve
    case restFromTarget = "rest-from-target", restFromSource = "rest-from-source"
    case confirm
    case autoAdvance = "auto-advance"
    // Imports
    case toggleProposal = "toggle-proposal", acceptGroup = "accept-group", rejectGroup = "reject-group"
    // Apply
    case apply, verify, rollback
}

/// What the table says of one command.
public struct CommandInfo: Sendable {
    /// The heading it is listed under in the help overlay.
    public let group: String
    /// What it does, in a few words (the footer shows these).
    public let help: String
    public let keys: [Key]
    /// The screens where it works; empty means every screen.
    public let screens: Set<ScreenID>

    init(_ group: String, _ help: String, _ keys: [String], _ screens: Set<ScreenID> = []) {
        self.group = group
        self.help = help
        self.keys = keys.map { name in
            guard let key = Key(name: name) else { preconditionFailure("bad key name in the command table: \(name)") }
            return key
        }
        self.screens = screens
    }

    /// Whether the command works on `screen`.
    public func works(on screen: ScreenID) -> Bool { screens.isEmpty || screens.contains(screen) }
}
