import PythonSource

/// A source-only module whose definitions the target already has in another module
/// (its developers split, renamed or merged it): the proposal is to map its imports to
/// that module instead of copying it, because a copy would define the same things
/// twice, which breaks packages that register their functions by name.
public struct MovedModule: Hashable, Sendable, CustomStringConvertible {
    /// The source-only file, relative to the source package folder.
    public var path: String
    /// Its module name relative to the source package (`regime_utils`).
    public var module: ModuleName
    /// The target file that holds its definitions, relative to the target package folder.
    public var targetPath: String
    /// That file's module name relative to the target package (`regime_detection`).
    public var targetModule: ModuleName
    /// The public names an importer may take from the module, in source order; the
    /// target module binds every one of them.
    public var definitions: [String]
    /// One line for the report: why converge calls it moved.
    public var reason: String

    public init(path: String, module: ModuleName, targetPath: String, targetModule: ModuleName,
                definitions: [String], reason: String) {
        self.path = path
        self.module = module
        self.targetPath = targetPath
        self.targetModule = targetModule
        self.definitions = definitions
        self.reason = reason
    }

    public var description: String { "\(path) → \(targetPath): \(reason)" }

    /// The move that sends imports of this module to the target module, for the rewrite
    /// planner: `sourcePackage.module` → `targetPackage.targetModule`. Being longer than
    /// the move of the whole package, it wins over it. When layout rules move the
    /// target module too, combine with `ModuleMoves.followed(by:)`.
    public func moduleMove(sourcePackage: ModuleName, targetPackage: ModuleName) -> ModuleMove {
        ModuleMove(old: sourcePackage.appending(module), new: targetPackage.appending(targetModule))
    }
}
