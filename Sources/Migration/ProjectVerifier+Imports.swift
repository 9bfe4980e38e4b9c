import PythonSource

extension ProjectVerifier {
    /// The imports of one file that name a project module that does not exist, or a
    /// name the module does not offer. Imports in guarded blocks (`ImportGuards`) and
    /// imports of modules outside the project (the standard library, site-packages)
    /// are not checked.
    func importFindings(_ path: String) -> [VerifyFinding] {
        guard let analysis = analyses[path] else { return [] }
        let location = index.location(ofPath: path)
        let guards = ImportGuards(analysis)
        var findings: [VerifyFinding] = []
        for statement in analysis.imports where statement.problem == nil && !guards.isGuarded(statement) {
            let line = { (offset: Int) in analysis.source.lines.line(containing: offset) }
            switch statement.kind {
            case .import:
                for entry in statement.names {
                    let module = entry.name.moduleName
                    guard index.isProjectModule(module), let missing = firstMissing(module) else { continue }
                    findings.append(VerifyFinding(path: path, line: line(entry.name.range.lowerBound), check: .unresolvedImport,
                                                  message: "import \(module): \(Self.noModule(missing))"))
                }
            case .from:
                findings += fromImportFindings(statement, path: path, location: location, line: line)
            }
        }
        return findings
    }

    private func fromImportFindings(
        _ statement: ImportStatement, path: String, location: ModuleLocation?, line: (Int) -> Int
    ) -> [VerifyFinding] {
        let spelled = "from \(statement.fromText) import"
        let module: ModuleName
        if statement.isRelative {
            guard let location else { return [] }
            do {
                guard let resolved = try statement.fromModule(in: location) else { return [] }
                module = resolved
            } catch {
                return [VerifyFinding(path: path, line: statement.line, check: .unresolvedImport, message: "\(spelled): \(error)")]
            }
        } else {
            guard let absolute = statement.module?.moduleName, index.isProjectModule(absolute) else { return [] }
            module = absolute
        }
        if let missing = firstMissing(module) {
            let names = statement.star != nil ? "*" : statement.names.map(\.name.text).joined(separator: ", ")
            let resolved = statement.isRelative ? " (\(module))" : ""
            return [VerifyFinding(path: path, line: statement.line, check: .unresolvedImport,
                                  message: "\(spelled) \(names)\(resolved): \(Self.noModule(missing))")]
        }
        return statement.names.compactMap { entry in
            let name = entry.name.parts[0].text
            guard !offers(module, name) else { return nil }
            return VerifyFinding(
                path: path, line: line(entry.name.range.lowerBound), check: .missingName,
                message: "\(spelled) \(name): \(module) neither defines, imports nor lists '\(name)' in __all__, "
                    + "and has no submodule of that name")
        }
    }

    /// The first part of `name` that names no module, unless the module above it puts
    /// modules into `sys.modules` itself (`os` registers `os.path`).
    func firstMissing(_ name: ModuleName) -> ModuleName? {
        guard let missing = index.firstMissing(name) else { return nil }
        if let parent = missing.parent, namespaces[parent]?.registersSubmodules == true { return nil }
        return missing
    }

    /// Whether `from module import name` works: `name` is a submodule, or the module's
    /// sources bind it; a module without sources here (an extension) may offer anything.
    func offers(_ module: ModuleName, _ name: String) -> Bool {
        if index.contains(module.appending(ModuleName(parts: [name]))) { return true }
        guard let namespace = namespaces[module] else { return index.files(of: module).isEmpty && !isFolder(module) }
        return namespace.offers(name)
    }

    /// A namespace package: a folder with no `__init__`, which offers only its submodules.
    private func isFolder(_ module: ModuleName) -> Bool {
        index.contains(module) && index.files(of: module).isEmpty && index.hasChildren(module)
    }

    /// `no module a.b (no a/b.py, a/b.pyi or a/b/)`.
    static func noModule(_ name: ModuleName) -> String {
        let path = name.parts.joined(separator: "/")
        return "no module \(name) (no \(path).py, \(path).pyi or \(path)/)"
    }
}
