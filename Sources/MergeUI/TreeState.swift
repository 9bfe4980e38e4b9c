import Migration

/// Where the Tree screen stands. (Placeholder until the Tree screen lands.)
public struct TreeState: Sendable {
    public var cursor = 0
    public var scroll = 0
    public var searchText = ""

    public init(plan: Plan) {}

    mutating func search(_ text: String, in plan: Plan) {
        searchText = text
    }
}
