/// Which hunk of a conflict file a decision is about, by content rather than by number,
/// so a decision still finds its hunk after a rescan that moved it.
///
/// The Plan makes the keys; the Session only stores and compares them. Matching a
/// stored key against a new plan (`Session.matched(hunks:proposals:files:)`) is exact
/// on `path`, `fingerprint` and `occurrence`; when that fails it falls back to the
/// same `path` and `fingerprint` with another `occurrence`, but only when exactly one
/// stored decision and exactly one plan hunk of that content are left over, so an
/// identical hunk never silently inherits a decision meant for its twin.
public struct HunkKey: Hashable, Sendable, Codable {
    /// The conflict file's path, relative to the target tree.
    public var path: String
    /// A hex digest of the hunk's base, target and source lines and its context
    /// lines (`HunkKey.fingerprint(parts:)`).
    public var fingerprint: String
    /// How many earlier hunks of the same file have the same fingerprint (0 for the
    /// first), so identical hunks stay distinct.
    public var occurrence: Int

    public init(path: String, fingerprint: String, occurrence: Int = 0) {
        self.path = path
        self.fingerprint = fingerprint
        self.occurrence = occurrence
    }
}

/// Which import-rewrite proposal a decision is about.
///
/// Matched by `path`, `before` and `after`; `line` is only a hint: when the same
/// rewrite occurs several times in a file, each decision goes to the nearest line.
public struct ProposalKey: Hashable, Sendable, Codable {
    /// The file the proposal edits, relative to the project root.
    public var path: String
    /// The line the proposal was on when it was decided (1-based).
    public var line: Int
    /// The text the proposal replaces.
    public var before: String
    /// The text it writes instead.
    public var after: String

    public init(path: String, line: Int, before: String, after: String) {
        self.path = path
        self.line = line
        self.before = before
        self.after = after
    }
}
