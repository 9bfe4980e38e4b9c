import PythonSource

/// Which names a function makes local, so that a dotted use inside it
/// (`backtester_v2.market_regime.x` in `def f(backtester_v2): …`) is known to read a
/// local variable, not the imported module.
///
/// A simple scope model, as Python's own rule for locals: a name is local to a
/// function when it is a parameter or a binding target (`x = …`, `x: T = …`,
/// `x += …`, `for x in …`, `with … as x`, `except … as x`) anywhere in the function's
/// own block, unless the function declares it `global` or `nonlocal`; nested functions
/// see their enclosing functions' locals. Expressions have scopes of their own too: a
/// lambda's parameters inside the lambda, a comprehension's `for` targets inside its
/// brackets (at any level, module level included). Only the names asked about are
/// collected.
struct RewriteShadowing {
    /// One function: the bytes of its body and the asked-about names local to it.
    struct Function {
        var body: Range<Int>
        var locals: Set<String> = []
    }

    private(set) var functions: [Function] = []

    init(analysis: SourceAnalysis, names: Set<String>) {
        let source = analysis.source
        let table = analysis.statements
        var open: [Int] = []  // indices into `functions`, innermost last
        var declared: [Int: Set<String>] = [:]  // `global`/`nonlocal` names per function
        var expressions: [Function] = []
        for (index, statement) in table.statements.enumerated() {
            while let last = open.last, functions[last].body.upperBound <= statement.range.lowerBound { open.removeLast() }
            let tokens = source.significantTokens(in: statement.tokens)
            expressions += RewriteExpressionScopes.scopes(tokens, in: source, names: names)
            if let innermost = open.last {
                if let first = tokens.first, source.isName(first, "global") || source.isName(first, "nonlocal") {
                    declared[innermost, default: []].formUnion(tokens.dropFirst().filter { source.tokens[$0].kind == .name }
                        .map { source.text(ofToken: $0) })
                    continue
                }
                functions[innermost].locals.formUnion((Self.targets(tokens, in: source) + Self.asTargets(tokens, in: source))
                    .filter(names.contains))
            }
            guard Self.isFunctionHeader(tokens, in: source) else { continue }
            let body = statement.range.upperBound..<max(statement.range.upperBound, table.blockEnd(ofHeader: index).offset)
            let parameters = Self.parameters(tokens, in: source).filter(names.contains)
            functions.append(Function(body: body, locals: Set(parameters)))
            open.append(functions.count - 1)
        }
        for (index, names) in declared { functions[index].locals.subtract(names) }
        functions.removeAll { $0.locals.isEmpty }
        functions += expressions
    }

    /// The names bound by `as` in a `with` or `except` header (`with open(p) as f`,
    /// `except OSError as error`), outside brackets.
    private static func asTargets(_ tokens: [Int], in source: TokenizedSource) -> [String] {
        guard let first = tokens.first, source.isName(first, "with") || source.isName(first, "except")
            || tokens.count > 1 && source.isName(first, "async") && source.isName(tokens[1], "with") else { return [] }
        var result: [String] = []
        for (position, index) in tokens.enumerated() where position + 1 < tokens.count && source.isName(index, "as") {
            let next = tokens[position + 1]
            if source.tokens[next].kind == .name { result.append(source.text(ofToken: next)) }
        }
        return result
    }

    /// Whether `name` at byte `offset` reads a function's local rather than the module.
    func isShadowed(_ name: String, at offset: Int) -> Bool {
        functions.contains { $0.body.contains(offset) && $0.locals.contains(name) }
    }

    private static func isFunctionHeader(_ tokens: [Int], in source: TokenizedSource) -> Bool {
        guard let first = tokens.first else { return false }
        return source.isName(first, "def") || tokens.count > 1 && source.isName(first, "async") && source.isName(tokens[1], "def")
    }

    /// The parameter names of a `def` header: names right after `(`, `,`, `*` or `**`
    /// inside its parentheses (defaults and annotations follow `=` and `:`).
    private static func parameters(_ tokens: [Int], in source: TokenizedSource) -> [String] {
        var depth = 0, result: [String] = []
        for (position, index) in tokens.enumerated() {
            if isOpening(index, in: source) { depth += 1 } else if isClosing(index, in: source) { depth -= 1 }
            guard depth == 1, position > 0, source.tokens[index].kind == .name else { continue }
            let previous = tokens[position - 1]
            if ["(", ",", "*", "**"].contains(source.text(ofToken: previous)), source.tokens[previous].kind == .operator {
                result.append(source.text(ofToken: index))
            }
        }
        return result
    }

    /// The names a statement binds: the bare names outside brackets before its first
    /// top-level `=` (or augmented assignment, or annotation), or between `for` and `in`.
    private static func targets(_ tokens: [Int], in source: TokenizedSource) -> [String] {
        let end: Int?
        if let first = tokens.first, source.isName(first, "for") || source.isName(first, "async") {
            end = tokens.firstIndex { source.isName($0, "in") }
        } else {
            end = firstAssignment(tokens, in: source)
        }
        guard let end else { return [] }
        var depth = 0
        return (0..<end).compactMap { position -> String? in
            let index = tokens[position]
            if isOpening(index, in: source) { depth += 1 } else if isClosing(index, in: source) { depth -= 1 }
            // A name inside brackets is a subscript or a call's argument, not a target.
            guard depth == 0, source.tokens[index].kind == .name else { return nil }
            if position > 0 && source.isOperator(tokens[position - 1], ".") { return nil }
            if position + 1 < end, ["(", "[", "."].contains(source.text(ofToken: tokens[position + 1])) { return nil }
            return source.text(ofToken: index)
        }
    }

    /// The position of the first `=` or augmented assignment outside brackets, or of
    /// the `:` of an annotation (`x: T`).
    private static func firstAssignment(_ tokens: [Int], in source: TokenizedSource) -> Int? {
        var depth = 0
        for (position, index) in tokens.enumerated() {
            if isOpening(index, in: source) { depth += 1 } else if isClosing(index, in: source) { depth -= 1 }
            guard depth == 0, source.tokens[index].kind == .operator else { continue }
            let text = source.text(ofToken: index)
            if text == "=" || text == ":" && position == 1 || text.count >= 2 && text.hasSuffix("=") && !["==", "!=", "<=", ">="].contains(text) {
                return position
            }
        }
        return nil
    }

    private static func isOpening(_ index: Int, in source: TokenizedSource) -> Bool {
        source.isOperator(index, "(") || source.isOperator(index, "[") || source.isOperator(index, "{")
    }

    private static func isClosing(_ index: Int, in source: TokenizedSource) -> Bool {
        source.isOperator(index, ")") || source.isOperator(index, "]") || source.isOperator(index, "}")
    }
}
