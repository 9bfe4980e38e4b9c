/// What the migration writes: a pure function of a plan and a session (and the
/// options for what the session leaves open). Only the apply step touches the disk.
public struct Outcome: Sendable {
    /// What one path of the merged target tree holds after the migration.
    public enum Content: Hashable, Sendable {
        /// The target's file, untouched.
        case keep
        /// The source's file at this tree-relative path, with these accepted rewrites
        /// written into it (none: byte for byte).
        case copy(from: String, rewrites: [Proposal])
        /// The target's file with these accepted rewrites written into it.
        case rewrite([Proposal])
        /// New bytes: a merge, a new `__init__.py`.
        case write([UInt8])
    }

    public enum State: Hashable, Sendable {
        /// Nothing left to do.
        case done
        /// Merged on its own (one-sided hunks, a combined `__init__.py`): waits for the
        /// user to confirm it.
        case review
        /// Some decision is missing; the content shows git's markers where.
        case undecided
    }

    public struct File: Hashable, Sendable {
        /// Relative to the target tree, after the layout rules.
        public let path: String
        /// The path in the plan (relative to both trees), before the layout rules.
        public let origin: String
        public let content: Content
        public let state: State
    }

    /// Something the session must still decide before the apply can run.
    public struct Undecided: Hashable, Sendable, CustomStringConvertible {
        public let path: String
        public let what: String
        public var description: String { "\(path): \(what)" }
    }

    /// Every path of the merged target tree but excluded ones, by path.
    public let files: [File]
    /// Files under the project root outside both trees that accepted rewrites change
    /// (root-relative path → the rewrites, by position). The apply step reads them,
    /// so the outcome holds no bytes it did not compute.
    public let rewrites: [String: [Proposal]]
    /// Target paths the migration removes: where a layout rule moved a target file away.
    public let removals: [String]
    public let undecided: [Undecided]
    /// Accepted rewrites the outcome could not place: the merge did not keep the lines
    /// they edit. Listed so none is lost silently.
    public let unplacedRewrites: [Proposal]

    /// The files that wait for review.
    public var toReview: [File] { files.filter { $0.state == .review } }

    public init(plan: Plan, session: Session, options: OutcomeOptions = OutcomeOptions()) {
        var builder = OutcomeBuilder(plan: plan, session: session, options: options)
        builder.build()
        files = builder.files.sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        rewrites = builder.rewrites
        removals = builder.removals.sorted()
        undecided = builder.undecided
        unplacedRewrites = builder.unplaced
    }
}
