/// The disk as the apply and rollback steps see it: every read and write they make
/// goes through these few calls, so tests can put a failing disk in (a full disk on the
/// Nth write) and check that nothing is lost. `PosixFileSystem` is the real one.
///
/// Paths are absolute or relative to the current folder; errors are `FileSystemFailure`,
/// which names the path.
public protocol MigrationFileSystem: Sendable {
    /// What is at `path` (symbolic links not followed), nil when nothing is.
    func status(_ path: String) -> FileStatus?
    func read(_ path: String) throws(FileSystemFailure) -> [UInt8]
    /// Replaces (or creates) the file at `path` with `bytes` and permission bits `mode`,
    /// all at once: a temporary file in the same folder, renamed over it. When `durable`,
    /// the file is flushed before the rename and its folder after; otherwise a later
    /// `flush` makes it durable (many files, one flush).
    func writeAtomically(_ path: String, _ bytes: [UInt8], mode: UInt32, durable: Bool) throws(FileSystemFailure)
    /// Appends `bytes` to the file at `path` (made with mode 0644 when missing), flushed
    /// to disk before returning when `durable`: the journal's write.
    func append(_ path: String, _ bytes: [UInt8], durable: Bool) throws(FileSystemFailure)
    /// Makes everything written so far on the file system holding `path` durable: one
    /// wait for a whole batch of writes.
    func flush(_ path: String) throws(FileSystemFailure)
    /// Makes the folder at `path`; an existing folder is fine.
    func makeFolder(_ path: String) throws(FileSystemFailure)
    /// Removes the file at `path`; a missing file is fine.
    func removeFile(_ path: String) throws(FileSystemFailure)
    /// Removes the folder at `path` when it is empty; returns whether it did.
    func removeEmptyFolder(_ path: String) -> Bool
    /// Moves `from` to `to` (same file system), flushing the folder of `to`.
    func rename(_ from: String, to: String) throws(FileSystemFailure)
    /// The names in the folder at `path`, sorted; empty when it cannot be listed.
    func list(_ path: String) -> [String]
    /// Creates the file at `path` with `bytes`, failing with `EEXIST` when it exists (a lock).
    func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemFailure)
    /// Whether the folder at `path` may be written: permitted, and not made read-only by its owner.
    func isWritableFolder(_ path: String) -> Bool
}

extension MigrationFileSystem {
    /// A durable atomic write.
    public func writeAtomically(_ path: String, _ bytes: [UInt8], mode: UInt32) throws(FileSystemFailure) {
        try writeAtomically(path, bytes, mode: mode, durable: true)
    }

    /// A durable append.
    public func append(_ path: String, _ bytes: [UInt8]) throws(FileSystemFailure) {
        try append(path, bytes, durable: true)
    }
}

/// What `MigrationFileSystem.status` finds at a path.
public struct FileStatus: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case file, folder, symlink, other }

    public var kind: Kind
    public var size: Int
    /// Permission bits only.
    public var mode: UInt32

    public init(kind: Kind, size: Int, mode: UInt32) {
        self.kind = kind
        self.size = size
        self.mode = mode
    }
}

/// A call of the file system that failed: the path and the `errno` value.
public struct FileSystemFailure: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let code: Int32
    /// What was tried: `read`, `write`, `make folder`, `remove`, `move`.
    public let action: String

    public init(path: String, code: Int32, action: String) {
        self.path = path
        self.code = code
        self.action = action
    }

    /// `PATH: cannot write: reason`.
    public var description: String { "\(path): cannot \(action): \(SystemError.text(code))" }
}
