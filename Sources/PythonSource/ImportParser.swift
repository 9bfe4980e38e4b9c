/// Reads one statement's significant tokens as an import statement. It reads as much
/// as it can and records a problem for the rest, so a half-typed import still shows
/// its module.
struct ImportParser {
    let source: TokenizedSource
    /// Significant token indices of the statement.
    let tokens: [Int]
    private var cursor = 0
    private var problem: SourceProblem?

    init(source: TokenizedSource, tokens: [Int]) {
        self.source = source
        self.tokens = tokens
    }

    /// The import statement, or nil when the statement is not an import.
    static func parse(_ statement: Statement, in source: TokenizedSource) -> ImportStatement? {
        let first = statement.tokens.lowerBound
        guard source.tokens[first].kind == .name else { return nil }
        guard source.isName(first, "import") || source.isName(first, "from") || source.isName(first, "lazy") else {
            return nil
        }
        var parser = ImportParser(source: source, tokens: source.significantTokens(in: statement.tokens))
        return parser.parse(statement)
    }

    private mutating func parse(_ statement: Statement) -> ImportStatement? {
        var isLazy = false
        if source.isName(tokens[0], "lazy") {
            guard tokens.count > 1, source.isName(tokens[1], "import") || source.isName(tokens[1], "from") else {
                return nil
            }
            isLazy = true
            cursor = 1
        }
        let isFrom = source.isName(tokens[cursor], "from")
        cursor += 1
        var found = ImportStatement(
            kind: isFrom ? .from : .import, range: statement.range, line: statement.line, scope: statement.scope,
            depth: statement.depth, isLazy: isLazy, names: [])
        if isFrom { readFrom(into: &found) } else { found.names = readNames(dotted: true) }
        if problem == nil, cursor < tokens.count { fail("unexpected '\(source.text(ofToken: tokens[cursor]))' in an import statement") }
        let last = tokens[max(0, min(cursor, tokens.count) - 1)]
        found.range = statement.range.lowerBound..<source.tokens[last].range.upperBound
        found.problem = problem
        return found
    }

    private mutating func readFrom(into found: inout ImportStatement) {
        found.relativeDots = readDots()
        if current?.kind == .name && !isName("import") { found.module = readDottedName() }
        guard found.relativeDots != nil || found.module != nil else {
            return fail("expected a module name after 'from'")
        }
        guard isName("import") else { return fail("expected 'import' after the module name") }
        cursor += 1
        if isOperator("*") {
            found.star = source.tokens[tokens[cursor]].range
            cursor += 1
        } else if isOperator("(") {
            let open = source.tokens[tokens[cursor]].range.lowerBound
            cursor += 1
            found.names = readNames(dotted: false, allowTrailingComma: true)
            guard isOperator(")") else { return fail("expected ')' to close the imported names") }
            found.parentheses = open..<source.tokens[tokens[cursor]].range.upperBound
            cursor += 1
        } else {
            found.names = readNames(dotted: false)
        }
    }

    /// The dots of a relative import; `...` is one token of three dots.
    private mutating func readDots() -> RelativeDots? {
        var level = 0
        var range: Range<Int>?
        while isOperator(".") || isOperator("...") {
            let bytes = source.tokens[tokens[cursor]].range
            level += bytes.count
            range = (range?.lowerBound ?? bytes.lowerBound)..<bytes.upperBound
            cursor += 1
        }
        return range.map { RelativeDots(level: level, range: $0) }
    }

    /// `name [as alias], …`: dotted names for `import`, plain names for `from`.
    private mutating func readNames(dotted: Bool, allowTrailingComma: Bool = false) -> [ImportedName] {
        var names: [ImportedName] = []
        while true {
            guard let name = dotted ? readDottedName() : readIdentifier().map({ DottedName(parts: [$0]) }) else {
                if !(allowTrailingComma && !names.isEmpty && isOperator(")")) { fail("expected a name to import") }
                return names
            }
            var entry = ImportedName(name: name)
            if isName("as") {
                cursor += 1
                guard let alias = readIdentifier() else {
                    fail("expected a name after 'as'")
                    return names + [entry]
                }
                entry.alias = alias
            }
            names.append(entry)
            guard isOperator(",") else { return names }
            cursor += 1
        }
    }

    private mutating func readDottedName() -> DottedName? {
        guard let first = readIdentifier() else { return nil }
        var parts = [first]
        while isOperator(".") {
            cursor += 1
            guard let part = readIdentifier() else {
                cursor -= 1
                break
            }
            parts.append(part)
        }
        return DottedName(parts: parts)
    }

    private mutating func readIdentifier() -> Identifier? {
        guard let token = current, token.kind == .name, !isName("import"), !isName("as") else { return nil }
        cursor += 1
        return Identifier(text: source.text(in: token.range), range: token.range)
    }

    private var current: Token? { cursor < tokens.count ? source.tokens[tokens[cursor]] : nil }

    private func isName(_ spelling: StaticString) -> Bool {
        cursor < tokens.count && source.isName(tokens[cursor], spelling)
    }

    private func isOperator(_ spelling: StaticString) -> Bool {
        cursor < tokens.count && source.isOperator(tokens[cursor], spelling)
    }

    private mutating func fail(_ message: String) {
        guard problem == nil else { return }
        let offset = current?.range.lowerBound ?? source.tokens[tokens[tokens.count - 1]].range.upperBound
        problem = SourceProblem(message: message, offset: offset, position: source.position(of: offset))
    }
}
