/// One rewrite the user can accept or reject: which bytes of which file change, from
/// what to what, and why.
///
/// Invariant: `range` indexes the file's bytes as the planner read them; `after` is
/// written as UTF-8 in their place. A `flag` carries the edit it would make, but
/// is never applied.
public struct Proposal: Hashable, Sendable {
    /// The file, relative to the project root, at its place before the move.
    public var path: String
    /// The line (from 1) where `range` starts.
    public var line: Int
    public var range: Range<Int>
    /// The bytes of `range` as text.
    public var before: String
    public var after: String
    public var kind: ProposalKind
    /// Why the rewrite is needed, in a sentence a user can check.
    public var reason: String
    /// Part of an optional group (a style change such as "convert escaping relative
    /// imports to absolute"): shown, but written only when the user asks, whatever its kind.
    public var isOptional: Bool

    public init(path: String, line: Int, range: Range<Int>, before: String, after: String,
                kind: ProposalKind, reason: String, isOptional: Bool = false) {
        self.path = path
        self.line = line
        self.range = range
        self.before = before
        self.after = after
        self.kind = kind
        self.reason = reason
        self.isOptional = isOptional
    }

    public var defaultChoice: ProposalDefault { isOptional && kind != .flag ? .off : kind.defaultChoice }

    /// Whether applying the proposals the user left alone writes this one.
    public var isAcceptedByDefault: Bool { defaultChoice == .accept }
}
