/// What one tree holds at a scanned path: kind, size, permission bits and, for a file
/// or a link that was read, the SHA-256 of its bytes (the backup manifest's hash).
public struct ScannedSide: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case file, folder, symlink, other
    }

    public let kind: Kind
    public let size: Int
    /// Permission bits only (`st_mode & 0o7777`).
    public let mode: UInt32
    /// Of the file's bytes or the link's target text; nil for folders, special files
    /// and excluded paths, which are not read.
    public let hash: ContentHash?

    public init(kind: Kind, size: Int, mode: UInt32, hash: ContentHash? = nil) {
        self.kind = kind
        self.size = size
        self.mode = mode
        self.hash = hash
    }
}
