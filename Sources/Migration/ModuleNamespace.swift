import PythonSource

/// What `from M import name` can take from a module, read from its source: what it
/// defines or imports at module scope (in any `if` or `try` branch), what `__all__`
/// lists, and the names every module has.
///
/// Some modules cannot be known statically; for them `acceptsAnything` is true and no
/// name is ever reported missing: a module-scope star import (`from .core import *`,
/// whose names depend on another module and its `__all__`), a module `__getattr__`
/// (PEP 562, how lazy loaders such as `lazy_loader.attach` work), and code that writes
/// its own namespace (`globals()`, a module-scope `exec`, `setattr(sys.modules[__name__], …)`).
struct ModuleNamespace: Sendable {
    private(set) var names: Set<String> = Self.everyModuleHas
    private(set) var acceptsAnything = false
    /// The module puts modules into `sys.modules` itself (`sys.modules['os.path'] =
    /// path`) or installs an import hook (`sys.meta_path`, setuptools' `extern`), so
    /// `import M.anything` and `from M import anything` may work without a file.
    private(set) var registersSubmodules = false

    /// The attributes Python gives every module object.
    static let everyModuleHas: Set<String> = [
        "__name__", "__file__", "__doc__", "__package__", "__loader__", "__spec__", "__path__",
        "__builtins__", "__dict__", "__cached__", "__annotations__",
    ]

    init() {}

    /// Adds what one source of the module binds. A stub (`.pyi`) also declares the
    /// names it only annotates (`version: str`), which a `.py` file does not bind.
    mutating func add(_ analysis: SourceAnalysis, isStub: Bool = false) {
        for definition in analysis.definitions { names.insert(definition.name) }
        for statement in analysis.exportLists { names.formUnion(statement.entries.map(\.name)) }
        if analysis.imports.contains(where: { $0.scope == .module && $0.star != nil }) || analysis.hasDynamicExportList {
            acceptsAnything = true
        }
        addLoopAndBlockNames(analysis)
        if isStub { addAnnotatedNames(analysis) }
        registersSubmodules = registersSubmodules || Self.assignsToSysModules(analysis.source.bytes)
            || ByteSearch.contains(Array("sys.meta_path".utf8), in: analysis.source.bytes)
        if !acceptsAnything && Self.writesItsOwnNamespace(analysis) { acceptsAnything = true }
    }

    /// Whether the code may fill its namespace in ways a reader cannot follow: it calls
    /// `globals()` anywhere (`globals().update(…)`, `globals()[name] = …`), `exec` at
    /// module scope, `setattr` on `sys.modules[…]` or by `__name__`, or defines a module
    /// `__getattr__`. A `setattr(self, …)` or an `exec` inside a function is not enough.
    private static func writesItsOwnNamespace(_ analysis: SourceAnalysis) -> Bool {
        let source = analysis.source
        // Most files have none of the words at all: a byte search says so quickly.
        guard ["globals", "exec", "setattr", "__getattr__"].contains(where: { ByteSearch.contains(Array($0.utf8), in: source.bytes) })
        else { return false }
        if analysis.definitions.contains(where: { $0.name == "__getattr__" }) { return true }
        return analysis.statements.statements.contains { statement in
            let names = statement.tokens.filter { source.tokens[$0].kind == .name }
            let has = { (word: StaticString) in names.contains { source.token($0, is: word) } }
            return has("globals") || (statement.scope == .module && has("exec"))
                || (has("setattr") && (has("modules") || has("__name__")))
        }
    }

    /// Names bound at module scope by `for NAME in`, `with … as NAME`, `except … as
    /// NAME`, and by `global NAME` in a function: bindings that are not definitions.
    private mutating func addLoopAndBlockNames(_ analysis: SourceAnalysis) {
        let source = analysis.source
        for statement in analysis.statements.statements {
            // A statement starts with a significant token: look at it before collecting the rest.
            let first = statement.tokens.lowerBound
            let isGlobal = source.isName(first, "global")
            guard isGlobal || statement.scope == .module else { continue }
            let tokens = source.significantTokens(in: statement.tokens)
            if isGlobal {
                for token in tokens.dropFirst() where source.tokens[token].kind == .name { names.insert(source.text(ofToken: token)) }
                continue
            }
            if source.isName(first, "for") || source.isName(first, "async") {
                for token in tokens.dropFirst() {
                    if source.isName(token, "in") { break }
                    if source.tokens[token].kind == .name, !source.isName(token, "for") { names.insert(source.text(ofToken: token)) }
                }
            }
            for (position, token) in tokens.enumerated() where source.isName(token, "as") && position + 1 < tokens.count {
                let next = tokens[position + 1]
                if source.tokens[next].kind == .name { names.insert(source.text(ofToken: next)) }
            }
        }
    }

    /// Whether a line assigns to `sys.modules[…]`: `sys.modules[name] = module`.
    private static func assignsToSysModules(_ bytes: [UInt8]) -> Bool {
        let needle = Array("sys.modules[".utf8)
        var start = 0
        while let found = ByteSearch.firstRange(of: needle, in: bytes, range: start..<bytes.count) {
            start = found.upperBound
            guard let close = bytes[found.upperBound...].prefix(while: { $0 != UInt8(ascii: "\n") }).firstIndex(of: UInt8(ascii: "]"))
            else { continue }
            let after = bytes[(close + 1)...].drop { $0 == UInt8(ascii: " ") }
            if after.first == UInt8(ascii: "="), after.dropFirst().first != UInt8(ascii: "=") { return true }
        }
        return false
    }

    /// `NAME: T` at module scope, a stub's declaration of a variable.
    private mutating func addAnnotatedNames(_ analysis: SourceAnalysis) {
        let source = analysis.source
        for statement in analysis.statements.statements where statement.scope == .module {
            let tokens = source.significantTokens(in: statement.tokens)
            if tokens.count > 2, source.tokens[tokens[0]].kind == .name, source.isOperator(tokens[1], ":") {
                names.insert(source.text(ofToken: tokens[0]))
            }
        }
    }

    /// Adds what another source of the same module binds (its stub beside it).
    mutating func add(_ other: ModuleNamespace) {
        names.formUnion(other.names)
        acceptsAnything = acceptsAnything || other.acceptsAnything
        registersSubmodules = registersSubmodules || other.registersSubmodules
    }

    /// Whether `from M import name` finds `name` (a submodule is checked by the caller).
    func offers(_ name: String) -> Bool { acceptsAnything || registersSubmodules || names.contains(name) }
}
