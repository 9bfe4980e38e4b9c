import PythonSource

/// One top-level piece of an `__init__.py` that the combiner keeps, drops or adds as a
/// whole: a statement on its own lines, or a compound statement with its block
/// (`try:` with its `except:` clauses, a decorated `def`).
struct InitCombinerUnit: Sendable {
    enum Kind: Sendable {
        /// The module docstring: the first statement, a string on its own.
        case docstring
        /// `from __future__ import …`, which must stay before every other statement.
        case future(ImportStatement)
        case `import`(ImportStatement)
        /// A statement that sets or changes `__all__`.
        case exportList(ExportListStatement)
        /// An assignment, `def` or `class` at top level: binds names to its text.
        case binding
        /// Anything else (calls, `try` blocks, several statements on one line): compared
        /// by text only.
        case other
    }

    var kind: Kind
    /// Whole physical lines, line ends included.
    var lines: Range<Int>
    /// The names the unit binds, with what it binds them to.
    var bindings: [ExportBinding]
    /// The unit's text with LF line ends and no final line end: equal keys mean the same
    /// statement, whatever the file's line ends.
    var key: String
    /// The comment lines right above the unit (no blank line between), which travel
    /// with it when it is added to the other file; nil for none and for the first unit,
    /// whose comments are the file's header.
    var leadingComments: Range<Int>? = nil

    var importStatement: ImportStatement? {
        switch kind {
        case .import(let statement), .future(let statement): statement
        default: nil
        }
    }

    var isImport: Bool {
        if case .import = kind { return true }
        return false
    }
}
