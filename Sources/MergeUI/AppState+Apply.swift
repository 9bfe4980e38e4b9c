import Migration

extension AppState {
    /// A command on the Apply screen.
    mutating func performApply(_ command: Command) -> [Effect] {
        refreshApply()
        let rows = ApplyView.listRows(bodyRows: bodyRows)
        let count = ApplyView.listCount(self)
        switch command {
        case .down: apply.scroll += 1
        case .up: apply.scroll -= 1
        case .pageDown: apply.scroll += rows
        case .pageUp: apply.scroll -= rows
        case .top: apply.scroll = 0
        case .bottom: apply.scroll = count
        case .scrollLeft: apply.column = max(0, apply.column - ApplyState.columnStep)
        case .scrollRight: apply.column += ApplyState.columnStep
        case .apply: askToApply()
        case .verify: return startStep(.verify, effect: .verify)
        case .rollback:
            guard apply.running == nil else { return busy() }
            prompt = Prompt(.confirmRollback)
        default: break
        }
        apply.scroll = min(max(0, apply.scroll), max(0, count - rows))
        return []
    }

    /// `p`: asks "Apply now?" when every decision is made; refuses, naming what is
    /// missing, when something is undecided (as `converge apply` exits 1 listing it), or
    /// when an accepted rewrite cannot be placed (the runner refuses those too).
    private mutating func askToApply() {
        guard apply.running == nil else {
            _ = busy()
            return
        }
        if let applied = apply.applied {
            status = StatusLine("already applied (backup \(applied.backupID)); r rolls it back")
            return
        }
        guard let preview = apply.preview else { return }
        let undecided = preview.undecided
        guard undecided.isEmpty else {
            let first = undecided.prefix(2).map(\.description).joined(separator: "; ")
            status = StatusLine("\(undecided.count) undecided, nothing applied: \(first)\(undecided.count > 2 ? "; …" : "")", isError: true)
            return
        }
        let unplaced = preview.outcome.unplacedRewrites
        guard unplaced.isEmpty else {
            status = StatusLine("\(unplaced.count) accepted rewrite\(unplaced.count == 1 ? "" : "s") cannot be placed, nothing applied: "
                                + "\(unplaced[0].path):\(unplaced[0].line); reject them on the Imports screen", isError: true)
            return
        }
        prompt = Prompt(.confirmApply)
    }

    /// The user said yes to "Apply now?".
    mutating func startApply() -> [Effect] {
        startStep(.apply, effect: .apply)
    }

    /// The user said yes to "Roll back?".
    mutating func startRollback() -> [Effect] {
        startStep(.rollback, effect: .rollback)
    }

    private mutating func startStep(_ step: ApplyState.Step, effect: Effect) -> [Effect] {
        guard apply.running == nil else { return busy() }
        apply.start(step)
        status = StatusLine(step == .verify ? "verifying…" : step == .apply ? "applying…" : "rolling back…")
        return [effect]
    }

    private mutating func busy() -> [Effect] {
        status = StatusLine("wait: \(apply.running?.rawValue ?? "a step") is still running", isError: true)
        return []
    }

    /// The runner reports on an apply, a verify or a rollback.
    mutating func applyReceived(_ result: EffectResult) {
        apply.receive(result)
        switch result {
        case .applied(let summary):
            status = StatusLine("applied; backup \(summary.backupID) · v verifies, r rolls back")
        case .verified(let report):
            status = StatusLine(report.passed ? "verify passed" : "verify found \(report.findings.count) problem\(report.findings.count == 1 ? "" : "s")",
                                isError: !report.passed)
        case .rolledBack(let paths):
            status = StatusLine("rolled back \(paths.count) file\(paths.count == 1 ? "" : "s")")
        default:
            break
        }
    }

    /// After every key: computes the dry-run preview again when the decisions changed
    /// since it was computed (an undo anywhere counts), while the Apply screen shows.
    mutating func refreshApply() {
        guard screen == .apply, !(apply.preview?.holds(for: session) ?? false) else { return }
        apply.preview = ApplyPreview(plan: plan, session: session, options: outcomeOptions)
    }
}
