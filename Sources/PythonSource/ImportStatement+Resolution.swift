/// Resolving a `from` import against the module it is written in.
extension ImportStatement {
    /// The absolute module a `from` import reads from, its dots resolved in the module at
    /// `location` (PEP 328 and the `__init__` rule); nil for an `import` statement.
    public func fromModule(in location: ModuleLocation) throws(RelativeImportError) -> ModuleName? {
        guard kind == .from else { return nil }
        return try RelativeImport.resolve(
            level: level, module: module?.moduleName, inPackageOf: location.name, isPackage: location.isPackage)
    }
}
