import Migration

extension AppState {
    /// Opens a conflict file in the merge view, at its first unresolved conflict (else
    /// its first hunk); a path that is not a conflict file leaves the view as it is.
    public mutating func openMerge(path: String) {
        guard let opened = makeMergeState(path: path) else {
            status = StatusLine("\(path) is not a conflict file")
            return
        }
        merge = opened
        screen = .merge
        if let current = opened.currentHunk { mergeGo(to: current) }
        mergeCacheWords()
        if let notes = plan.initFile(at: path)?.combination.notes, let first = notes.first {
            // What the combiner wants checked ("kept the target's docstring; …").
            status = StatusLine("combiner: " + first + (notes.count > 1 ? " (+\(notes.count - 1) more)" : ""))
        }
    }

    /// A command in the merge view.
    mutating func performMerge(_ command: Command) -> [Effect] {
        guard merge != nil else {
            status = StatusLine("no conflict file open")
            return []
        }
        let effects = performMergeCommand(command)
        mergeCacheWords()
        return effects
    }

    /// The editor came back with a hunk's new result (nil: nothing written).
    mutating func mergeEdited(_ edit: HunkEdit, bytes: [UInt8]?) -> [Effect] {
        guard let bytes else {
            status = StatusLine("edit cancelled: the hunk is as it was")
            return []
        }
        let effects = change(SessionChange([.hunk(edit.key, .edited(bytes))]))
        if !effects.isEmpty, let index = merge?.hunk(for: edit.key) { afterDecision(at: index) }
        return effects
    }

    private mutating func performMergeCommand(_ command: Command) -> [Effect] {
        switch command {
        case .takeTarget: return decideCurrent(.target)
        case .takeSource: return decideCurrent(.source)
        case .takeBase:
            guard merge?.hasBase == true else {
                status = StatusLine("no base: this file merged two-way, so there is no base to take")
                return []
            }
            return decideCurrent(.base)
        case .bothTargetFirst: return decideCurrent(.targetThenSource)
        case .bothSourceFirst: return decideCurrent(.sourceThenTarget)
        case .unresolve: return decideCurrent(nil)
        case .edit: return editCurrent()
        case .restFromTarget: return decideRest(.target)
        case .restFromSource: return decideRest(.source)
        case .confirm: return confirmMerge()
        case .autoAdvance:
            autoAdvance.toggle()
            status = StatusLine("auto-advance \(autoAdvance ? "on" : "off")")
        case .nextChange, .previousChange: stepChange(forward: command == .nextChange)
        case .nextConflict, .previousConflict: stepConflict(forward: command == .nextConflict)
        case .back: screen = .conflicts
        default: mergeMove(command)
        }
        return []
    }

    /// Gives the current hunk `decision` (nil: back to unresolved), as one undo step.
    private mutating func decideCurrent(_ decision: HunkDecision?) -> [Effect] {
        guard let merge, let index = merge.currentHunk else {
            status = StatusLine("this file has no hunk to decide")
            return []
        }
        let effects = change(SessionChange([.hunk(merge.hunks[index].key, decision)]))
        if effects.isEmpty {
            status = StatusLine(decision == nil ? "the hunk is already unresolved" : "the hunk already has that decision")
        } else if decision != nil {
            afterDecision(at: index)
        }
        return effects
    }

    /// After a decision: on to the next unresolved conflict when auto-advance is on.
    private mutating func afterDecision(at index: Int) {
        guard autoAdvance, let merge else { return }
        if let next = Self.nextUnresolved(in: merge, after: index, forward: true) {
            if next != index { mergeGo(to: next) }
        } else {
            status = StatusLine("every conflict in \(merge.path) is resolved")
        }
    }

    /// Every undecided conflict of the file from one side: one change, one undo step.
    private mutating func decideRest(_ decision: HunkDecision) -> [Effect] {
        guard let merge else { return [] }
        let edits = merge.hunks.indices
            .filter { merge.hunks[$0].isConflict && merge.decision(ofHunk: $0) == nil }
            .map { SessionEdit.hunk(merge.hunks[$0].key, decision) }
        guard !edits.isEmpty else {
            status = StatusLine("no unresolved conflict left in \(merge.path)")
            return []
        }
        let effects = change(SessionChange(edits))
        status = StatusLine("\(edits.count) conflict\(edits.count == 1 ? "" : "s") from the \(decision == .target ? "target" : "source")")
        return effects
    }

    /// Opens the editor on the current hunk's result (git's markers while unresolved).
    private mutating func editCurrent() -> [Effect] {
        guard let merge, let index = merge.currentHunk else {
            status = StatusLine("this file has no hunk to edit")
            return []
        }
        return [.editHunk(HunkEdit(key: merge.hunks[index].key, path: merge.path, bytes: merge.resultBytes(ofHunk: index)))]
    }

    /// Marks the file reviewed (its auto-merged hunks and combined exports accepted as shown).
    private mutating func confirmMerge() -> [Effect] {
        guard let path = merge?.path else { return [] }
        let effects = change(SessionChange([.confirmation(path, true)]))
        status = StatusLine(effects.isEmpty ? "\(path) is already marked reviewed" : "\(path) marked reviewed")
        return effects
    }

    /// `]`/`[`: the next or previous hunk of any kind; stops at either end.
    private mutating func stepChange(forward: Bool) {
        guard let merge, let current = merge.currentHunk else {
            status = StatusLine("this file has no changes")
            return
        }
        let next = current + (forward ? 1 : -1)
        guard merge.hunks.indices.contains(next) else {
            status = StatusLine(forward ? "no later change in this file" : "no earlier change in this file")
            return
        }
        mergeGo(to: next)
    }

    /// `n`/`N`: the next or previous unresolved conflict, wrapping within the file.
    private mutating func stepConflict(forward: Bool) {
        guard let merge else { return }
        let start = merge.currentHunk ?? (forward ? -1 : merge.hunks.count)
        guard let next = Self.nextUnresolved(in: merge, after: start, forward: forward) else {
            status = StatusLine("no unresolved conflict left in \(merge.path)")
            return
        }
        if next == merge.currentHunk {
            status = StatusLine("this is the only unresolved conflict in \(merge.path)")
        } else if forward ? next < start : next > start {
            status = StatusLine("wrapped around \(merge.path)")
        }
        mergeGo(to: next)
    }

    /// The first unresolved conflict after (or before) hunk `index`, wrapping around;
    /// hunk `index` itself comes last.
    static func nextUnresolved(in merge: MergeState, after index: Int, forward: Bool) -> Int? {
        let count = merge.hunks.count
        guard count > 0 else { return nil }
        for step in 1...count {
            let candidate = ((index + (forward ? step : -step)) % count + count) % count
            if merge.hunks[candidate].isConflict, merge.decision(ofHunk: candidate) == nil { return candidate }
        }
        return nil
    }

    /// Makes a fresh merge state for `path` from the plan and the session.
    func makeMergeState(path: String) -> MergeState? {
        if let fileMerge = plan.merge(at: path) {
            let rewrites = MergeRewrites(merge: fileMerge, plan: plan, session: session)
            return MergeState(document: MergeDocument(merge: fileMerge, rewrites: rewrites), rewrites: rewrites, session: session)
        }
        if let combined = plan.initFile(at: path) {
            return MergeState(document: MergeDocument(combined: combined), rewrites: .none, session: session)
        }
        return nil
    }
}
