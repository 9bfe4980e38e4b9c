import Migration

/// What the migration does with one scanned file, in the words the tree shows: the
/// proposal that follows from its class, or the user's override (`FileDecision`).
///
/// Mirrors `OutcomeBuilder`: what the outcome would do is what the tree says.
public enum TreeAction: String, Hashable, Sendable {
    /// A: copied into the target (at its mapped path).
    case copy
    /// B: merged hunk by hunk.
    case merge
    /// B `__init__.py`: the exports of both sides combined.
    case combine
    /// C: kept as it is.
    case keep
    /// C or same, at a new place: a layout rule moves it.
    case move
    /// Same, in place; or excluded.
    case nothing
    /// Moved module: its imports are mapped to the target module, it is not copied.
    case map
    /// B that cannot be merged as text (binary, link, type clash, too large): a side must be taken.
    case pickSide = "pick a side"
    /// A with a folder of the same name in the target: to be sorted out by hand.
    case blocked = "by hand"
    case takeTarget = "take target"
    case takeSource = "take source"
    case skip

    public var title: String { rawValue }

    /// The action a file decision stands for.
    public init(decision: FileDecision) {
        switch decision {
        case .merge: self = .merge
        case .takeTarget: self = .takeTarget
        case .takeSource, .copy: self = .takeSource
        case .skip: self = .skip
        }
    }

    /// What happens to `file` with no decision.
    public static func proposed(for file: ScannedFile, plan: Plan) -> TreeAction {
        let moves = plan.layout.destination(of: file.path) != file.path
        switch file.fileClass {
        case .sourceOnly: return file.flags.contains(.typeClash) ? .blocked : .copy
        case .moved: return .map
        case .conflict:
            if plan.merge(at: file.path) != nil { return .merge }
            return plan.initFile(at: file.path) != nil ? .combine : .pickSide
        case .targetOnly: return moves ? .move : .keep
        case .same: return moves ? .move : .nothing
        case .excluded: return .nothing
        }
    }

    /// What happens to `file` under `decision`: the override when the outcome honours
    /// it for the file's class, else the proposal.
    public static func effective(for file: ScannedFile, decision: FileDecision?, plan: Plan) -> TreeAction {
        let proposal = proposed(for: file, plan: plan)
        guard let decision else { return proposal }
        switch (file.fileClass, decision) {
        case (.conflict, .copy): return .takeSource
        case (.conflict, .merge): return proposal
        case (.conflict, _): return TreeAction(decision: decision)
        case (.sourceOnly, .skip): return proposal == .blocked ? proposal : .skip
        case (.moved, .copy), (.moved, .takeSource): return .copy
        default: return proposal
        }
    }
}
