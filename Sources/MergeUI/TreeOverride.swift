import Migration

/// The file decision a tree key asks for (`m`, `t`, `s`, `d`), or, when it makes no
/// sense for the file's class, the sentence that tells the user why.
///
/// Offers only what `OutcomeBuilder` honours: a conflict (B) can be merged, taken from
/// either side or skipped; a source-only file (A) can be skipped; a moved module can be
/// copied after all; target-only (C), same and excluded files have nothing to choose.
enum TreeOverride: Hashable, Sendable {
    case decide(FileDecision)
    case refuse(String)

    /// What `command` asks for on `file`.
    static func asked(_ command: Command, for file: ScannedFile, plan: Plan) -> TreeOverride {
        switch file.fileClass {
        case .conflict: conflict(command, file, plan)
        case .sourceOnly: sourceOnly(command, file)
        case .moved:
            command == .takeSource ? .decide(.copy) : .refuse("a moved module is mapped, not copied: s copies it after all")
        case .targetOnly:
            .refuse("a target-only file (C) is kept as it is: nothing to choose")
        case .same:
            .refuse("identical in both trees: nothing to choose")
        case .excluded:
            .refuse("excluded: left out of the migration")
        }
    }

    /// The decision that is what the file gets anyway (a mergeable conflict's `merge`):
    /// asking for it puts the file back to no decision.
    static func implied(for file: ScannedFile, plan: Plan) -> FileDecision? {
        guard file.fileClass == .conflict, plan.merge(at: file.path) != nil || plan.initFile(at: file.path) != nil else { return nil }
        return .merge
    }

    private static func conflict(_ command: Command, _ file: ScannedFile, _ plan: Plan) -> TreeOverride {
        switch command {
        case .takeTarget: return .decide(.takeTarget)
        case .takeSource: return .decide(.takeSource)
        case .fileSkip: return .decide(.skip)
        default:
            guard implied(for: file, plan: plan) != nil else {
                return .refuse("cannot be merged as text (\(Self.whyNotText(file))): t takes the target, s the source")
            }
            return .decide(.merge)
        }
    }

    private static func sourceOnly(_ command: Command, _ file: ScannedFile) -> TreeOverride {
        if file.flags.contains(.typeClash) {
            return .refuse("a file in the source, a folder in the target: sort it out by hand")
        }
        switch command {
        case .fileSkip: return .decide(.skip)
        case .takeSource: return .refuse("a source-only file (A) is copied from the source already; d skips it")
        case .takeTarget: return .refuse("a source-only file (A) has no target version; d skips it")
        default: return .refuse("only conflict files (B) are merged; d skips this one")
        }
    }

    private static func whyNotText(_ file: ScannedFile) -> String {
        let flags = file.flags.names.filter { $0 != "mode-differs" }
        return flags.isEmpty ? "too large" : flags.joined(separator: ", ")
    }
}
