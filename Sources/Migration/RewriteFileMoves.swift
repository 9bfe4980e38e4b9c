import PythonSource

/// Whether a file is concerned by the moves at all: findings that cannot be edited
/// (a dynamic `__all__`, a pickle load) only matter where the moved code is defined
/// or used, so flagging them everywhere would bury the ones that count.
extension RewriteFile {
    /// The file moves, or one of its imports names a module the moves touch.
    func movesOrImports(_ moves: ModuleMoves) -> Bool {
        self.moves || importedModules().contains { moves.move(containing: $0) != nil }
    }

    /// Every absolute module the file's imports name (relative ones resolved in the old
    /// layout), with `module.name` for each `from module import name`.
    func importedModules() -> [ModuleName] {
        analysis.imports.flatMap { statement -> [ModuleName] in
            switch statement.kind {
            case .import:
                return statement.names.map(\.name.moduleName)
            case .from:
                let module = oldLocation.flatMap { try? statement.fromModule(in: $0) }
                    ?? (statement.isRelative ? nil : statement.module?.moduleName)
                guard let module else { return [] }
                return [module] + statement.names.map { module.appending($0.name.moduleName) }
            }
        }
    }
}
