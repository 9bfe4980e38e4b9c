import Migration

/// Where the Apply screen stands: the dry-run preview for the current decisions, what
/// is running, and what the last apply, verify or rollback reported.
public struct ApplyState: Sendable {
    /// What the runner is doing for this screen.
    public enum Step: String, Hashable, Sendable {
        case apply, verify, rollback
    }

    /// How far a running apply (or rollback) has got.
    public struct Progress: Hashable, Sendable {
        public let done: Int
        public let total: Int
    }

    /// The dry-run list, for the decisions it was computed under (`AppState.refreshApply`).
    public internal(set) var preview: ApplyPreview?
    public internal(set) var running: Step?
    public internal(set) var progress: Progress?
    /// The last apply's summary, until a rollback undoes it.
    public internal(set) var applied: ApplySummary?
    public internal(set) var report: VerifyReport?
    /// The paths the last rollback put back.
    public internal(set) var rolledBack: [String]?
    /// What the last failure said, with the step that failed.
    public internal(set) var failure: String?
    /// The first list row shown.
    public internal(set) var scroll = 0
    /// Display columns of the list items' text scrolled away to the left (`h`/`l`).
    public internal(set) var column = 0
    /// How far `h`/`l` scroll, as on the other screens.
    static let columnStep = 8

    public init() {}

    /// Starts `step`: what an earlier run reported makes way for what this one will.
    mutating func start(_ step: Step) {
        running = step
        progress = nil
        failure = nil
        switch step {
        case .apply:
            applied = nil
            report = nil
            rolledBack = nil
        case .verify:
            report = nil
        case .rollback:
            rolledBack = nil
        }
    }

    /// Takes in what the runner reports; the step ends with anything but progress.
    mutating func receive(_ result: EffectResult) {
        switch result {
        case .applyProgress(let done, let total):
            progress = Progress(done: done, total: total)
            return
        case .applied(let summary):
            applied = summary
        case .verified(let report):
            self.report = report
        case .rolledBack(let paths):
            rolledBack = paths
            applied = nil
            report = nil
        case .failed(let message):
            failure = running.map { "\($0.rawValue) failed: \(message)" } ?? message
        case .saved, .saveFailed, .edited:
            return
        }
        running = nil
        progress = nil
    }
}
