import PythonSource

/// The names a module offers to the code that imports it, sorted the way the
/// moved-module check needs them.
///
/// Private names (a leading `_`) are left out: they are the module's own business, the
/// target may have renamed or inlined them, and no other module should import them.
struct ModuleDefinitions: Sendable {
    /// Public functions and classes: the code whose presence in a target module shows
    /// that the module moved there.
    var functionsAndClasses: [String] = []
    /// What the module itself defines and an importer may use, in source order: its
    /// public functions and classes, its UPPER_CASE constants, and any other name it
    /// defines and lists in `__all__`. Lower-case module variables outside `__all__`
    /// (`logger = logging.getLogger(__name__)`) are its plumbing, not its interface.
    var own: [String] = []
    /// Names `__all__` lists that the module does not define itself (it re-exports them).
    var reexported: [String] = []
    /// Every public name the module defines, not by an import.
    var defined: Set<String> = []
    /// Every name bound at module scope, by a definition or an import.
    var bound: Set<String> = []
    /// Has an `if __name__ == "__main__":` block: a script run by its name.
    var isScript = false

    init(_ analysis: SourceAnalysis) {
        let listed = analysis.exportedNames ?? []
        for definition in analysis.definitions {
            bound.insert(definition.name)
            guard definition.kind != .import, !definition.name.hasPrefix("_"),
                  defined.insert(definition.name).inserted else { continue }
            switch definition.kind {
            case .function, .asyncFunction, .class:
                functionsAndClasses.append(definition.name)
                own.append(definition.name)
            case .assignment where Self.isConstantName(definition.name) || listed.contains(definition.name):
                own.append(definition.name)
            case .assignment, .import:
                break
            }
        }
        for name in listed where !defined.contains(name) && !reexported.contains(name) {
            reexported.append(name)
        }
        isScript = Self.hasMainGuard(analysis)
    }

    /// `DEFAULT_WINDOW`, `MAX_2`: letters, none of them lower case.
    static func isConstantName(_ name: String) -> Bool {
        name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
            && !name.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
    }

    /// Whether a top-level `if` statement tests `__name__`.
    private static func hasMainGuard(_ analysis: SourceAnalysis) -> Bool {
        let source = analysis.source
        return analysis.statements.statements.contains { statement in
            guard statement.isTopLevel, statement.scope == .module else { return false }
            let tokens = source.significantTokens(in: statement.tokens)
            return tokens.first.map { source.isName($0, "if") } == true
                && tokens.contains { source.isName($0, "__name__") }
        }
    }
}
