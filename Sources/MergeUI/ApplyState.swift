/// Where the Apply screen stands. (Placeholder until the Apply screen lands.)
public struct ApplyState: Sendable {
    public init() {}
}
