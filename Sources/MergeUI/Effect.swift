import Migration

/// Work the interface asks for but does not do itself (it never touches the disk):
/// `AppState` returns effects as values, and the runner carries them out and reports
/// back with an `EffectResult`.
public enum Effect: Hashable, Sendable {
    /// Write the session file (after every decision).
    case saveSession
    /// Open `$VISUAL`/`$EDITOR` on these bytes; the result comes back as `.edited`.
    case editHunk(HunkEdit)
    /// Compute the outcome and apply it, with progress.
    case apply
    case verify
    case rollback
    case quit
}

/// A hunk's result to edit: which hunk, the bytes the editor starts with, and the
/// file's path (so the editor picks the right syntax from its extension).
public struct HunkEdit: Hashable, Sendable {
    public let key: HunkKey
    public let path: String
    public let bytes: [UInt8]

    public init(key: HunkKey, path: String, bytes: [UInt8]) {
        self.key = key
        self.path = path
        self.bytes = bytes
    }
}

/// What the runner reports back after an effect.
public enum EffectResult: Sendable {
    case saved
    case saveFailed(String)
    /// The editor wrote these bytes; nil when it failed or the user left it without saving.
    case edited(HunkKey, [UInt8]?)
    case applyProgress(done: Int, total: Int)
    case applied(ApplySummary)
    case verified(VerifyReport)
    case rolledBack([String])
    case failed(String)
}

/// What an apply did, in the words the Apply screen shows.
public struct ApplySummary: Hashable, Sendable {
    public var backupID: String
    public var written: Int
    public var copied: Int
    public var removed: Int

    public init(backupID: String, written: Int, copied: Int, removed: Int) {
        self.backupID = backupID
        self.written = written
        self.copied = copied
        self.removed = removed
    }
}
