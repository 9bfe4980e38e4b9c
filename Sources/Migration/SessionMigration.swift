/// Which migration a session belongs to: the source and target trees' paths relative
/// to the project root, saved with the decisions so a session file is never applied
/// to another migration.
public struct SessionMigration: Hashable, Sendable, CustomStringConvertible {
    public var source: String
    public var target: String

    public init(source: String, target: String) {
        self.source = source
        self.target = target
    }

    /// `source → target`.
    public var description: String { "\(source) → \(target)" }
}
