/// What one tree holds at a scanned path: kind, size and permission bits.
///
/// SHA-256 hashes for the backup manifest come with the apply step (issue 5): swift-crypto,
/// the dependency chosen for them, needs the full Foundation on Linux, which the static
/// `converge` binary does not link today (see the README).
public struct ScannedSide: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case file, folder, symlink, other
    }

    public let kind: Kind
    public let size: Int
    /// Permission bits only (`st_mode & 0o7777`).
    public let mode: UInt32
    public init(kind: Kind, size: Int, mode: UInt32) {
        self.kind = kind
        self.size = size
        self.mode = mode
    }
}
