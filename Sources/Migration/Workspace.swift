import PythonSource

/// Where a migration happens: the project root and the two trees, and the dotted
/// names the trees' packages have from the root (nil when a tree is outside the root
/// or its path is not a module name, say a folder with a `-`: then no import is
/// rewritten).
public struct Workspace: Hashable, Sendable {
    public let root: String
    public let source: String
    public let target: String
    public let sourcePackage: ModuleName?
    public let targetPackage: ModuleName?

    public init(root: String, source: String, target: String, sourcePackage: ModuleName?, targetPackage: ModuleName?) {
        self.root = root
        self.source = source
        self.target = target
        self.sourcePackage = sourcePackage
        self.targetPackage = targetPackage
    }

    /// SOURCE's folder relative to the root (`backtester_v2/market_regime`), when it has a module name.
    public var sourcePrefix: String? { sourcePackage.map { $0.parts.joined(separator: "/") } }
    /// TARGET's folder relative to the root, when it has a module name.
    public var targetPrefix: String? { targetPackage.map { $0.parts.joined(separator: "/") } }

    /// The move of the whole migration: SOURCE's package to TARGET's place.
    public var packageMove: ModuleMove? {
        guard let sourcePackage, let targetPackage else { return nil }
        return ModuleMove(old: sourcePackage, new: targetPackage)
    }
}
