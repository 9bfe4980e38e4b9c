/// Something the plan found that the user should know before applying: a base that
/// could not be found, a file that cannot be merged as text, a layout rule that maps
/// two files to one place.
public struct PlanProblem: Hashable, Sendable, CustomStringConvertible {
    /// Relative to the trees, or empty when the problem is not about one path.
    public let path: String
    public let message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
