import Migration

/// Everything the interface knows: the plan, the user's session, and where each
/// screen stands. A value: `handle(_:)` turns a key into changes and effects
/// (lazygit's state kept apart from the screen, one step further: no disk here).
public struct AppState: Sendable {
    public let plan: Plan
    /// The user's decisions; change it only through `change(_:)`, so every decision
    /// is saved and counted.
    public private(set) var session: Session
    public var screen: ScreenID = .tree
    public var tree: TreeState
    public var conflicts: ConflictsState
    /// The file open in the merge view, if any.
    public var merge: MergeState?
    public var imports: ImportsState
    /// What the outcome does with what the session leaves open (`converge.toml`'s
    /// `kinds`): the Imports and Apply screens show what apply writes under them.
    public var outcomeOptions = OutcomeOptions()
    public var apply: ApplyState
    public var showsHelp = false
    /// Rows of the help overlay scrolled away (when it does not fit the screen).
    public var helpScroll = 0
    /// A line under the body: what just happened, or what went wrong.
    public var status: StatusLine?
    /// What the user is typing, when a prompt is open (search, confirm quit).
    public var prompt: Prompt?
    /// Decisions made since the session file was last written.
    public var isDirty = false
    /// After a hunk is decided, go to the next unresolved conflict.
    public var autoAdvance: Bool
    /// Rows the body shows, as last drawn: what a page move moves.
    public var bodyRows = 20
    /// Columns the body shows, as last drawn: whether the merge view has room for three panes.
    public var bodyColumns = 100
    public var keyMap: KeyMap

    public init(plan: Plan, session: Session = Session(), keyMap: KeyMap = .defaults, autoAdvance: Bool = true) {
        self.plan = plan
        self.session = session
        self.keyMap = keyMap
        self.autoAdvance = autoAdvance
        tree = TreeState(plan: plan)
        conflicts = ConflictsState(plan: plan)
        imports = ImportsState(plan: plan)
        apply = ApplyState()
    }

    /// Makes a change to the session as one undo step; returns the save effect when
    /// anything changed (every decision is saved at once).
    @discardableResult
    public mutating func change(_ change: SessionChange) -> [Effect] {
        guard session.apply(change) else { return [] }
        isDirty = true
        mergeFollow(change)
        return [.saveSession]
    }

    /// Takes back the last decision, wherever it was made.
    mutating func undo() -> [Effect] {
        guard session.undo() else {
            status = StatusLine("nothing to undo")
            return []
        }
        isDirty = true
        mergeFollowSession()
        status = StatusLine("undone")
        return [.saveSession]
    }

    mutating func redo() -> [Effect] {
        guard session.redo() else {
            status = StatusLine("nothing to redo")
            return []
        }
        isDirty = true
        mergeFollowSession()
        status = StatusLine("redone")
        return [.saveSession]
    }
}

/// The line under the body.
public struct StatusLine: Hashable, Sendable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// A one-line prompt at the bottom: what it asks, and what the user has typed.
public struct Prompt: Hashable, Sendable {
    public enum Purpose: Hashable, Sendable {
        case search
        /// "Quit with unsaved decisions? (y/n)".
        case confirmQuit
        /// "Apply now? (y/n)".
        case confirmApply
        case confirmRollback
    }

    public var purpose: Purpose
    public var text: String

    public init(_ purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }
}
