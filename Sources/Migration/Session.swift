/// The user's decisions about one migration, and nothing else, with undo and redo.
///
/// A value: the interface turns keys into changes, and the Outcome reads the
/// decisions together with the Plan. Every change is one undo step, however many
/// keys it touches; a change that changes nothing records no step; a new change
/// after an undo clears what could be redone.
///
/// The undo history lives only as long as the value: it is not saved in the session
/// file (as in vimdiff and lazygit), so a session loaded from disk starts with
/// nothing to undo, and the file holds decisions only.
///
/// Two sessions are equal when their decisions and their histories are; compare
/// `decisions` to ask only about what was decided.
public struct Session: Sendable, Equatable {
    /// One undo step: the edits as made, and the edits that take them back, in the
    /// order they must be made.
    struct Step: Sendable, Equatable {
        var forward: [SessionEdit]
        var backward: [SessionEdit]
    }

    public private(set) var decisions: SessionDecisionSet
    private var undoSteps: [Step] = []
    private var redoSteps: [Step] = []

    public init(decisions: SessionDecisionSet = SessionDecisionSet()) {
        self.decisions = decisions
    }

    public func decision(for key: HunkKey) -> HunkDecision? { decisions.hunks[key] }
    public func decision(forFile path: String) -> FileDecision? { decisions.files[path] }
    public func decision(for key: ProposalKey) -> ProposalDecision? { decisions.proposals[key] }
    public func isConfirmed(_ path: String) -> Bool { decisions.confirmed.contains(path) }

    public var canUndo: Bool { !undoSteps.isEmpty }
    public var canRedo: Bool { !redoSteps.isEmpty }

    /// Decides one hunk; `nil` puts it back to unresolved.
    public mutating func decide(_ key: HunkKey, _ decision: HunkDecision?) {
        apply(SessionChange([.hunk(key, decision)]))
    }

    /// Decides one file; `nil` goes back to what the scan classified.
    public mutating func decide(file path: String, _ decision: FileDecision?) {
        apply(SessionChange([.file(path, decision)]))
    }

    /// Decides one proposal; `nil` goes back to its default.
    public mutating func decide(_ key: ProposalKey, _ decision: ProposalDecision?) {
        apply(SessionChange([.proposal(key, decision)]))
    }

    /// Marks an automatically merged file as reviewed.
    public mutating func confirm(_ path: String) {
        apply(SessionChange([.confirmation(path, true)]))
    }

    /// Marks a file as not reviewed any more.
    public mutating func unconfirm(_ path: String) {
        apply(SessionChange([.confirmation(path, false)]))
    }

    /// Makes every edit of `change` as one undo step; returns whether anything changed.
    @discardableResult
    public mutating func apply(_ change: SessionChange) -> Bool {
        var step = Step(forward: [], backward: [])
        for edit in change.edits {
            guard let inverse = decisions.make(edit) else { continue }
            step.forward.append(edit)
            step.backward.append(inverse)
        }
        guard !step.forward.isEmpty else { return false }
        step.backward.reverse()
        undoSteps.append(step)
        redoSteps.removeAll()
        return true
    }

    /// Takes back the last change; false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let step = undoSteps.popLast() else { return false }
        for edit in step.backward { _ = decisions.make(edit) }
        redoSteps.append(step)
        return true
    }

    /// Makes again the last change undone; false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let step = redoSteps.popLast() else { return false }
        for edit in step.forward { _ = decisions.make(edit) }
        undoSteps.append(step)
        return true
    }
}
