/// What a cell shows, in the theme's words: views draw roles, never colours, and the
/// terminal backend asks the theme how a role looks (DESIGN: semantic roles only).
///
/// The raw value is the key a theme file uses (`[diff.added]`).
public enum StyleRole: String, Hashable, Sendable, CaseIterable, Codable {
    case text = "ui.text"
    case dim = "ui.dim"
    case title = "ui.title"
    case header = "ui.header"
    case tab = "ui.tab"
    case tabActive = "ui.tab.active"
    case footer = "ui.footer"
    case footerKey = "ui.footer.key"
    case border = "ui.border"
    case selection = "ui.selection"
    case status = "ui.status"
    case error = "ui.error"
    case warning = "ui.warning"
    case searchMatch = "ui.search-match"
    case lineNumber = "ui.line-number"
    case help = "ui.help"
    case helpKey = "ui.help.key"
    case progress = "ui.progress"

    case classSourceOnly = "class.source-only"
    case classConflict = "class.conflict"
    case classTargetOnly = "class.target-only"
    case classSame = "class.same"
    case classMoved = "class.moved"
    case fileFlag = "file.flag"

    case diffAdded = "diff.added"
    case diffRemoved = "diff.removed"
    case diffChanged = "diff.changed"
    case diffChangedWord = "diff.changed-word"
    case diffFiller = "diff.filler"

    case conflictTarget = "conflict.target"
    case conflictSource = "conflict.source"
    case conflictBase = "conflict.base"
    case conflictUnresolved = "conflict.unresolved"
    case conflictResolved = "conflict.resolved"
    case conflictCurrent = "conflict.current"
    case hunkAutoMerged = "hunk.auto-merged"
    case indentWarning = "hunk.indent-warning"

    case proposalAccepted = "proposal.accepted"
    case proposalRejected = "proposal.rejected"
    case proposalFlag = "proposal.flag"
    case proposalBefore = "proposal.before"
    case proposalAfter = "proposal.after"
}

/// How a cell is drawn: its role, and whether it lies in the selection (the cursor's
/// row), which the theme shows on top of the role (gitui's `theme.diff_line(kind, selected)`).
public struct CellStyle: Hashable, Sendable {
    public var role: StyleRole
    public var isSelected: Bool

    public init(_ role: StyleRole, selected: Bool = false) {
        self.role = role
        self.isSelected = selected
    }

    public static let text = CellStyle(.text)
}
