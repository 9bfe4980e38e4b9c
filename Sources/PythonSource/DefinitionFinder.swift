/// Finds the module-scope definitions of a source: at top level and inside `if`,
/// `try` and other blocks that are not functions or classes.
struct DefinitionFinder {
    let source: TokenizedSource
    let table: StatementTable
    private var found: [Definition] = []
    /// Where the decorators before the next `def` or `class` start.
    private var decoratorStart: (offset: Int, line: Int)?

    init(source: TokenizedSource, table: StatementTable) {
        self.source = source
        self.table = table
    }

    mutating func find(imports: [ImportStatement]) -> [Definition] {
        var importsByStart: [Int: ImportStatement] = [:]
        for statement in imports { importsByStart[statement.range.lowerBound] = statement }
        for index in table.statements.indices where table.statements[index].scope == .module {
            let statement = table.statements[index]
            let tokens = source.significantTokens(in: statement.tokens)
            if source.isOperator(tokens[0], "@") {
                if decoratorStart == nil { decoratorStart = (statement.range.lowerBound, statement.line) }
                continue
            }
            if !addFunctionOrClass(index, tokens) {
                if let statement = importsByStart[statement.range.lowerBound] {
                    addImport(statement)
                } else {
                    addAssignment(statement, tokens)
                }
            }
            decoratorStart = nil
        }
        return found
    }

    private mutating func addFunctionOrClass(_ index: Int, _ tokens: [Int]) -> Bool {
        let isAsync = source.isName(tokens[0], "async") && tokens.count > 1 && source.isName(tokens[1], "def")
        let keyword = isAsync ? 1 : 0
        guard source.isName(tokens[keyword], "def") || source.isName(tokens[keyword], "class"),
              keyword + 1 < tokens.count, source.tokens[tokens[keyword + 1]].kind == .name else { return false }
        let kind: Definition.Kind = source.isName(tokens[keyword], "class") ? .class : isAsync ? .asyncFunction : .function
        let statement = table.statements[index]
        let start = decoratorStart ?? (statement.range.lowerBound, statement.line)
        let end = table.blockEnd(ofHeader: index)
        let nameToken = source.tokens[tokens[keyword + 1]]
        found.append(Definition(
            name: source.text(in: nameToken.range), kind: kind, nameRange: nameToken.range,
            range: start.offset..<end.offset, line: nameToken.line, lines: start.line...end.line,
            isConditional: statement.depth > 0))
        return true
    }

    private mutating func addImport(_ statement: ImportStatement) {
        let lastLine = source.lines.line(containing: statement.range.upperBound - 1)
        for entry in statement.names {
            let bound = entry.alias ?? entry.name.parts[0]
            found.append(Definition(
                name: bound.text, kind: .import, nameRange: bound.range, range: statement.range,
                line: source.lines.line(containing: bound.range.lowerBound), lines: statement.line...lastLine,
                isConditional: statement.depth > 0))
        }
    }

    /// The targets of `a = b = value`, `a, b = value` and `a: T = value`: every part
    /// before the last `=` outside brackets whose names are plain.
    private mutating func addAssignment(_ statement: Statement, _ tokens: [Int]) {
        var targets: [Range<Int>] = []
        var start = 0, depth = 0
        var annotation: Int?
        for position in tokens.indices where source.tokens[tokens[position]].kind == .operator {
            let byte = source.bytes[source.tokens[tokens[position]].range.lowerBound]
            if byte.isOpenBracket { depth += 1 } else if byte.isCloseBracket { depth -= 1 }
            guard depth == 0 else { continue }
            if source.token(tokens[position], is: "=") {
                targets.append(start..<(annotation ?? position))
                start = position + 1
                annotation = nil
            } else if source.token(tokens[position], is: ":") && targets.isEmpty && annotation == nil {
                annotation = position
            }
        }
        let lastLine = source.lines.line(containing: statement.range.upperBound - 1)
        for target in targets {
            for name in plainNames(tokens[target]) {
                found.append(Definition(
                    name: source.text(in: name.range), kind: .assignment, nameRange: name.range,
                    range: statement.range, line: name.line, lines: statement.line...lastLine,
                    isConditional: statement.depth > 0))
            }
        }
    }

    /// The names of a target made only of names, commas and brackets (`a`, `a, b`,
    /// `(a, [b, c])`); none when it holds an attribute, a subscript, a star or a keyword
    /// (`lambda x=1: …` has an `=` too); a bracket right after a name or a closing
    /// bracket is a subscript or a call. `type X = …` (PEP 695) binds `X`.
    private func plainNames(_ target: ArraySlice<Int>) -> [Token] {
        var target = target
        if target.count == 2, source.isName(target[target.startIndex], "type") { target = target.dropFirst() }
        var names: [Token] = []
        var afterName = false
        for index in target {
            let token = source.tokens[index]
            if token.kind == .name {
                guard !afterName, !PythonKeywords.isKeyword(source.text(in: token.range)) else { return [] }
                names.append(token)
                afterName = true
            } else if token.kind == .operator && (source.token(index, is: ",")
                        || (source.bytes[token.range.lowerBound].isOpenBracket && !afterName)
                        || source.bytes[token.range.lowerBound].isCloseBracket) {
                afterName = source.bytes[token.range.lowerBound].isCloseBracket
            } else {
                return []
            }
        }
        return names
    }
}
