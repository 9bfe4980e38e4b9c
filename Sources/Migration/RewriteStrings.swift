import PythonSource

/// `code-string` proposals: string literals in Python code that name a moved module
/// (`mock.patch("pkg.mod.fetch")`, `importlib.import_module("pkg.mod")`, logger
/// names, `__package__ = "pkg.mod"`).
///
/// A string is rewritten only when it names something real in the old layout: a
/// module or package, or a name a module defines (`pkg.mod.fetch` when `pkg/mod.py`
/// defines `fetch`), and when it has two parts or more or is the argument of a call
/// that takes module names. A look-alike (a cache key `pkg.mod.last_run` that
/// nothing defines) becomes a `flag`: reported, never edited.
struct RewriteStrings {
    let layout: RewriteLayout
    /// What each old module defines, to check a name against.
    let modules: RewriteModuleDefinitions

    /// Calls whose arguments are module names even when they have one part.
    static let moduleCallees: Set<String> = [
        "importlib.import_module", "import_module", "__import__", "patch", "mock.patch", "unittest.mock.patch",
        "mocker.patch", "monkeypatch.setattr", "monkeypatch.delattr", "logging.getLogger", "getLogger",
        "importlib.resources.files", "resources.files", "files", "find_spec", "importlib.util.find_spec",
    ]

    func proposals(in file: RewriteFile) -> [Proposal] {
        file.analysis.dottedNameStrings.flatMap { string -> [Proposal] in
            guard let proposal = proposal(for: string, in: file) else { return [] }
            guard case .assignment("__package__") = string.context, proposal.kind == .codeString else { return [proposal] }
            var flag = proposal
            flag.kind = .flag
            flag.reason = "setting __package__ (PEP 366) is deprecated in favour of __spec__.parent; "
                + "consider running the module with -m instead"
            return [proposal, flag]
        }
    }

    private func proposal(for string: DottedNameString, in file: RewriteFile) -> Proposal? {
        guard string.relativeLevel == 0, let move = layout.moves.move(containing: string.moduleName),
              move.old != move.new else { return nil }
        guard string.moduleName.parts.count >= 2 || isModuleCall(string.context) else { return nil }
        let start = string.contentRange.lowerBound
        let range = start..<(start + move.old.description.utf8.count)
        guard range.upperBound <= string.contentRange.upperBound else { return nil }
        if let missing = undefinedPart(of: string.moduleName) {
            return file.proposal(range, after: move.new.description, kind: .flag,
                                 reason: "looks like a path in \(move.old), but \(missing) is neither a module nor defined there; not edited")
        }
        return file.proposal(range, after: move.new.description, kind: .codeString,
                             reason: "the string names \(string.moduleName), which moves to \(layout.moves.resolved(string.moduleName))")
    }

    private func isModuleCall(_ context: DottedNameString.Context) -> Bool {
        if case .callArgument(let callee, _, _) = context { return Self.moduleCallees.contains(callee) }
        return false
    }

    /// The first part after the longest module prefix of `name` when that module does
    /// not define it; nil when `name` is a module or a name its module defines.
    func undefinedPart(of name: ModuleName) -> String? {
        var count = name.parts.count
        while count > 0 && !layout.isModule(ModuleName(parts: Array(name.parts.prefix(count)))) { count -= 1 }
        guard count < name.parts.count else { return nil }
        guard count > 0 else { return name.description }
        let attribute = name.parts[count]
        let module = ModuleName(parts: Array(name.parts.prefix(count)))
        guard let definitions = modules.definitions(of: module) else { return "\(module).\(attribute)" }
        let defined = definitions.contains { $0.name == attribute }
        return defined ? nil : "\(module).\(attribute)"
    }
}
