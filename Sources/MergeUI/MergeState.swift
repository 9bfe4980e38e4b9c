import Migration

/// The file open in the merge view. (Placeholder until the merge view lands.)
public struct MergeState: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }
}
