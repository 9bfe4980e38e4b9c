import Migration

/// Where the Conflicts screen stands. (Placeholder until the Conflicts screen lands.)
public struct ConflictsState: Sendable {
    public var cursor = 0
    public var scroll = 0
    /// The conflict files (merges and combined `__init__.py` files), in path order.
    public let paths: [String]

    public init(plan: Plan) {
        paths = (plan.merges.map(\.path) + plan.initFiles.map(\.path)).sorted()
    }

    /// The file the merge view opens when none is open: the first with an unresolved conflict.
    func firstPath(in state: AppState) -> String? {
        paths.first
    }

    mutating func search(_ text: String, in state: AppState) {}
}
