/// A relative import that cannot be resolved, with Python's own reason.
public struct RelativeImportError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The importing module is top-level: it has no package to be relative to.
        case noParentPackage
        /// More dots than packages above the importer (pylint E0402).
        case beyondTopLevelPackage
    }

    public var reason: Reason
    public var level: Int
    public var importer: ModuleName

    public init(reason: Reason, level: Int, importer: ModuleName) {
        self.reason = reason
        self.level = level
        self.importer = importer
    }

    public var description: String {
        let dots = String(repeating: ".", count: level)
        switch reason {
        case .noParentPackage:
            return "'\(dots)' in \(importer): attempted relative import with no known parent package"
        case .beyondTopLevelPackage:
            return "'\(dots)' in \(importer): attempted relative import beyond top-level package"
        }
    }
}
