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

    /// SOURCE's folder relative to the root (`backtester_v2/market_regime`, or
    /// `src/backtester_v2/market_regime` in a src layout), when it has a module name.
    public let sourcePrefix: String?
    /// TARGET's folder relative to the root, when it has a module name.
    public let targetPrefix: String?

    /// `sourcePrefix` and `targetPrefix` default to the packages' names as paths.
    public init(root: String, source: String, target: String, sourcePackage: ModuleName?, targetPackage: ModuleName?,
                sourcePrefix: String? = nil, targetPrefix: String? = nil) {
        self.root = root
        self.source = source
        self.target = target
        self.sourcePackage = sourcePackage
        self.targetPackage = targetPackage
        self.sourcePrefix = sourcePrefix ?? sourcePackage.map { $0.parts.joined(separator: "/") }
        self.targetPrefix = targetPrefix ?? targetPackage.map { $0.parts.joined(separator: "/") }
    }

    /// The move of the whole migration: SOURCE's package to TARGET's place.
    public var packageMove: ModuleMove? {
        guard let sourcePackage, let targetPackage else { return nil }
        return ModuleMove(old: sourcePackage, new: targetPackage)
    }
}
