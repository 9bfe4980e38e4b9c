import PythonSource

/// Which statements of a source sit in a block that makes a failing import harmless,
/// so `converge verify` does not ask them to resolve.
///
/// Guarded: the body of a `try:` and its `except` and `else` clauses (an optional
/// dependency with a fallback: `try: import numpy except ImportError: numpy = None`),
/// the body of an `if` whose test names `TYPE_CHECKING` (run only by type checkers), the
/// body of a `with` that expects the import to fail (`with raises(ImportError):`), and
/// a function or class whose decorator marks it as expected to fail or skipped
/// (`@XFAIL`, `@pytest.mark.xfail`, `@unittest.skip`): a known-broken test is not a
/// broken migration. Everything else must resolve, imports inside functions included:
/// a lazy import of a project module that names nothing fails the first time it runs.
struct ImportGuards {
    /// Start offsets of the guarded statements.
    private(set) var guardedStarts: Set<Int> = []

    private enum Chain { case tryBlock, typeChecking, other }

    init(_ analysis: SourceAnalysis) {
        // Most files import only at top level; they need no walk.
        let nested = Set(analysis.imports.lazy.filter { $0.depth > 0 }.map(\.range.lowerBound))
        guard !nested.isEmpty else { return }
        let source = analysis.source
        let table = analysis.statements
        var skippedByDecorator = false
        // Open blocks: the indentation of their header and whether they guard.
        var open: [(indentation: Int, guards: Bool)] = []
        // The compound statement last started at each open indentation, for `else`/`except`.
        var chains: [(indentation: Int, chain: Chain)] = []
        for line in table.logicalLines {
            while let last = open.last, last.indentation >= line.indentation { open.removeLast() }
            while let last = chains.last, last.indentation > line.indentation { chains.removeLast() }
            var guarded = open.contains { $0.guards }
            for index in line.statements {
                let statement = table.statements[index]
                if guarded && nested.contains(statement.range.lowerBound) { guardedStarts.insert(statement.range.lowerBound) }
                // A statement runs from its first significant token to its last one.
                let first = statement.tokens.lowerBound, last = statement.tokens.upperBound - 1
                if source.isOperator(first, "@") {
                    skippedByDecorator = skippedByDecorator
                        || Self.marksExpectedFailure(source.significantTokens(in: statement.tokens), source: source)
                    continue
                }
                defer { skippedByDecorator = false }
                guard source.tokens[first].kind == .name, source.isOperator(last, ":") else { continue }
                var chain = chains.last?.indentation == line.indentation ? chains.removeLast().chain : nil
                let guards = Self.guards(header: statement.tokens, first: first, source: source, chain: &chain) || skippedByDecorator
                if let chain { chains.append((line.indentation, chain)) }
                if index + 1 == line.statements.upperBound {
                    open.append((line.indentation, guards))
                } else {
                    guarded = guarded || guards
                }
            }
        }
    }

    /// Whether the block a header opens is guarded; updates the chain of its indentation.
    private static func guards(header tokens: Range<Int>, first: Int, source: TokenizedSource, chain: inout Chain?) -> Bool {
        switch source.text(ofToken: first) {
        case "try":
            chain = .tryBlock
            return true
        case "except":
            return true
        case "else":
            return chain == .tryBlock
        case "finally":
            return false
        case "with":
            chain = .other
            return tokens.contains { source.isName($0, "ImportError") || source.isName($0, "ModuleNotFoundError") }
        case "if":
            let typeChecking = tokens.contains { source.isName($0, "TYPE_CHECKING") }
            chain = typeChecking ? .typeChecking : .other
            return typeChecking
        case "elif":
            return tokens.contains { source.isName($0, "TYPE_CHECKING") }
        default:
            chain = .other
            return false
        }
    }

    /// A decorator such as `@XFAIL`, `@pytest.mark.xfail(…)`, `@skip("…")`, `@unittest.skipIf(…)`.
    private static func marksExpectedFailure(_ tokens: [Int], source: TokenizedSource) -> Bool {
        tokens.contains { token in
            guard source.tokens[token].kind == .name else { return false }
            let name = source.text(ofToken: token).lowercased()
            return name == "xfail" || name.hasPrefix("skip")
        }
    }

    func isGuarded(_ statement: ImportStatement) -> Bool { guardedStarts.contains(statement.range.lowerBound) }
}
