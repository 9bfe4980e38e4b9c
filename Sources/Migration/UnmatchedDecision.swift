/// A saved decision that found nothing to apply to in the current plan: reported to
/// the user, never dropped in silence.
public struct UnmatchedDecision: Hashable, Sendable, CustomStringConvertible {
    /// The decision as it was saved.
    public let edit: SessionEdit
    /// Why it no longer matches, in a few words.
    public let reason: String

    public init(edit: SessionEdit, reason: String) {
        self.edit = edit
        self.reason = reason
    }

    /// One line: where, what the decision was, and why it no longer applies.
    public var description: String { "\(what): \(reason)" }

    private var what: String {
        switch edit {
        case .hunk(let key, let decision):
            "\(key.path): hunk \(key.fingerprint) (occurrence \(key.occurrence)) decided \(Self.name(decision))"
        case .file(let path, let decision):
            "\(path): file decided \(decision?.rawValue ?? "nothing")"
        case .proposal(let key, let decision):
            "\(key.path):\(key.line): rewrite \(key.before) → \(key.after) decided \(decision?.rawValue ?? "nothing")"
        case .confirmation(let path, _):
            "\(path): review confirmed"
        }
    }

    private static func name(_ decision: HunkDecision?) -> String {
        switch decision {
        case nil: "nothing"
        case .target: "target"
        case .source: "source"
        case .base: "base"
        case .targetThenSource: "both, target first"
        case .sourceThenTarget: "both, source first"
        case .edited(let bytes): "edited text (\(bytes.count) bytes)"
        }
    }
}
