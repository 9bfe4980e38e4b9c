/// Everything converge reads from one Python source, computed once: tokens,
/// statements, imports, `__all__`, module-scope definitions and dotted-name strings.
///
/// Like the tokenizer it never fails; `problems` lists what is broken.
public struct SourceAnalysis: Sendable {
    public let source: TokenizedSource
    public let statements: StatementTable
    /// Import statements at every depth, in source order.
    public let imports: [ImportStatement]
    /// Statements that set or change `__all__` at module scope, in source order.
    public let exportLists: [ExportListStatement]
    /// Module-scope definitions, in source order.
    public let definitions: [Definition]
    /// String literals whose content is a dotted name, in source order; empty when the
    /// analysis was asked to leave them out.
    public let dottedNameStrings: [DottedNameString]

    /// Analyses `source`. `findingDottedNameStrings: false` skips the string search, a
    /// fifth of the work, for readers that never look at strings (`converge verify`
    /// without old module names).
    public init(_ source: TokenizedSource, findingDottedNameStrings: Bool = true) {
        self.source = source
        let statements = StatementTable(source)
        self.statements = statements
        imports = statements.statements.compactMap { ImportParser.parse($0, in: source) }
        exportLists = statements.statements.compactMap { ExportListReader.read($0, in: source) }
        var definitionFinder = DefinitionFinder(source: source, table: statements)
        definitions = definitionFinder.find(imports: imports)
        var stringFinder = DottedNameStringFinder(source: source)
        dottedNameStrings = findingDottedNameStrings ? stringFinder.find() : []
    }

    /// Tokenizes and analyses `bytes`.
    public init(bytes: [UInt8]) { self.init(PythonTokenizer.tokenize(bytes)) }

    /// Analyses UTF-8 text; a convenience for tests.
    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// The tokenizer's problems and those of malformed import statements, in order.
    public var problems: [SourceProblem] {
        (source.problems + imports.compactMap(\.problem)).sorted { $0.offset < $1.offset }
    }

    /// Whether some module-scope `__all__` statement cannot be read statically.
    public var hasDynamicExportList: Bool { exportLists.contains(where: \.isDynamic) }

    /// The names `__all__` lists after all static statements in order (assign
    /// replaces, the others add or remove); nil when the module never sets it.
    public var exportedNames: [String]? {
        var names: [String]?
        for statement in exportLists {
            let listed = statement.entries.map(\.name)
            switch statement.operation {
            case .assign: names = listed
            case .augmentedAssign, .extend, .append: names = (names ?? []) + listed
            case .remove: names?.removeAll { listed.contains($0) }
            }
        }
        return names
    }
}
