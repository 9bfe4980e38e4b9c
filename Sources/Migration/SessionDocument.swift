/// The session file's JSON, version 1: the migration's identity and every decision
/// as a sorted list of flat entries, so the file diffs well and reads by eye.
///
/// ```json
/// { "version": 1, "source": "a/x", "target": "b/x",
///   "hunks": [{"path": "m.py", "fingerprint": "…", "occurrence": 0, "decision": "target"}],
///   "files": [{"path": "n.py", "decision": "take-source"}],
///   "proposals": [{"path": "r.py", "line": 3, "before": "a.x", "after": "b.x", "decision": "reject"}],
///   "confirmed": ["o.py"] }
/// ```
/// The undo history is not part of it (see `Session`).
struct SessionDocument: Codable {
    static let currentVersion = 1

    struct Hunk: Codable {
        var path: String
        var fingerprint: String
        var occurrence: Int
        var decision: HunkDecision
    }

    struct File: Codable {
        var path: String
        var decision: FileDecision
    }

    struct Proposal: Codable {
        var path: String
        var line: Int
        var before: String
        var after: String
        var decision: ProposalDecision
    }

    var version: Int
    var source: String
    var target: String
    var hunks: [Hunk]
    var files: [File]
    var proposals: [Proposal]
    var confirmed: [String]

    init(_ decisions: SessionDecisionSet, migration: SessionMigration) {
        version = Self.currentVersion
        source = migration.source
        target = migration.target
        hunks = decisions.hunks
            .sorted { ($0.key.path, $0.key.fingerprint, $0.key.occurrence) < ($1.key.path, $1.key.fingerprint, $1.key.occurrence) }
            .map { Hunk(path: $0.key.path, fingerprint: $0.key.fingerprint, occurrence: $0.key.occurrence, decision: $0.value) }
        files = decisions.files.sorted { $0.key < $1.key }.map { File(path: $0.key, decision: $0.value) }
        proposals = decisions.proposals
            .sorted { ($0.key.path, $0.key.line, $0.key.before, $0.key.after) < ($1.key.path, $1.key.line, $1.key.before, $1.key.after) }
            .map { Proposal(path: $0.key.path, line: $0.key.line, before: $0.key.before, after: $0.key.after, decision: $0.value) }
        confirmed = decisions.confirmed.sorted()
    }

    var migration: SessionMigration { SessionMigration(source: source, target: target) }

    /// Just the version, read first, so that a newer file is named as newer rather
    /// than as broken.
    struct Header: Decodable {
        var version: Int?
    }
}
