import Migration

/// Where the Imports screen stands. (Placeholder until the Imports screen lands.)
public struct ImportsState: Sendable {
    public var cursor = 0
    public var scroll = 0

    public init(plan: Plan) {}

    mutating func search(_ text: String, in plan: Plan) {}
}
