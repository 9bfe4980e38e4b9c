/// A file path that has no module name: not a Python file, or a folder or file name
/// that is not an identifier, so no import statement can reach it.
public struct ModuleNameError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
