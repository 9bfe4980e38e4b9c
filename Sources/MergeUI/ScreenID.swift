/// The five screens of the interface, in the order `1`–`5` and `Tab` visit them.
public enum ScreenID: Int, Hashable, Sendable, CaseIterable, Codable {
    case tree = 1
    case conflicts
    case merge
    case imports
    case apply

    /// The tab title.
    public var title: String {
        switch self {
        case .tree: "Tree"
        case .conflicts: "Conflicts"
        case .merge: "Merge"
        case .imports: "Imports"
        case .apply: "Apply"
        }
    }
}
