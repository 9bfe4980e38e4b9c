/// Reads the static forms of `__all__` from one module-scope statement.
struct ExportListReader {
    let source: TokenizedSource
    /// Significant token indices of the statement.
    let tokens: [Int]
    private var cursor = 0
    private var entries: [ExportEntry] = []
    private var isDynamic = false
    /// The value names `__all__` itself (`__all__ = __all__ + […]`).
    private var extendsItself = false

    private init(source: TokenizedSource, tokens: [Int]) {
        self.source = source
        self.tokens = tokens
    }

    /// The `__all__` statement, or nil when the statement does not set `__all__`.
    static func read(_ statement: Statement, in source: TokenizedSource) -> ExportListStatement? {
        guard statement.scope == .module, source.isName(statement.tokens.lowerBound, "__all__") else { return nil }
        var reader = ExportListReader(source: source, tokens: source.significantTokens(in: statement.tokens))
        guard var operation = reader.readOperation() else { return nil }
        if operation == .assign && reader.extendsItself { operation = .augmentedAssign }
        return ExportListStatement(
            operation: operation, range: statement.range, line: statement.line, scope: statement.scope,
            depth: statement.depth, entries: reader.entries, isDynamic: reader.isDynamic)
    }

    /// Reads what follows `__all__` and then its value.
    private mutating func readOperation() -> ExportListStatement.Operation? {
        cursor = 1
        if isOperator("=") || isOperator("+=") {
            let operation: ExportListStatement.Operation = isOperator("=") ? .assign : .augmentedAssign
            cursor += 1
            readSum(end: tokens.count, allowBareTuple: true)
            return operation
        }
        if isOperator(":") {
            skip(until: "=", end: tokens.count)
            guard cursor < tokens.count else { return nil }
            cursor += 1
            readSum(end: tokens.count, allowBareTuple: true)
            return .assign
        }
        guard isOperator("."), cursor + 2 < tokens.count, source.isOperator(tokens[cursor + 2], "(") else { return nil }
        let operation: ExportListStatement.Operation
        switch source.text(ofToken: tokens[cursor + 1]) {
        case "extend": operation = .extend
        case "append": operation = .append
        case "remove": operation = .remove
        default: return nil
        }
        cursor += 2
        let close = matchingClose(of: cursor) ?? tokens.count
        cursor += 1
        readSum(end: close, allowBareTuple: false)
        if operation != .extend && entries.count > 1 { isDynamic = true }
        if close + 1 < tokens.count { isDynamic = true }
        return operation
    }

    /// `term + term …` (or `term, term …` for a bare tuple) up to `end`.
    private mutating func readSum(end: Int, allowBareTuple: Bool) {
        while cursor < end {
            readTerm(end: end)
            guard cursor < end else { return }
            guard isOperator("+") || (allowBareTuple && isOperator(",")) else {
                isDynamic = true
                return
            }
            cursor += 1
        }
    }

    private mutating func readTerm(end: Int) {
        let token = source.tokens[tokens[cursor]]
        if token.kind == .string {
            readEntry(end: end)
        } else if isOperator("[") || isOperator("(") {
            readSequence()
        } else if (source.isName(tokens[cursor], "list") || source.isName(tokens[cursor], "tuple")),
                  cursor + 1 < end, source.isOperator(tokens[cursor + 1], "(") {
            cursor += 1
            let close = matchingClose(of: cursor) ?? end
            cursor += 1
            readSum(end: close, allowBareTuple: false)
            cursor = min(close + 1, end)
        } else if source.isName(tokens[cursor], "__all__")
                    && (cursor + 1 == end || source.isOperator(tokens[cursor + 1], "+")) {
            extendsItself = true
            cursor += 1
        } else {
            isDynamic = true
            skip(until: "+", end: end)
        }
    }

    /// `[ "a", "b", ]` or `( "a", )`: each element must be one plain string.
    private mutating func readSequence() {
        let close = matchingClose(of: cursor) ?? tokens.count
        cursor += 1
        while cursor < close {
            if source.tokens[tokens[cursor]].kind == .string {
                readEntry(end: close)
            } else {
                isDynamic = true
                skip(until: ",", end: close)
            }
            guard cursor < close else { break }
            if !isOperator(",") {
                isDynamic = true
                skip(until: ",", end: close)
            }
            cursor += 1
        }
        cursor = min(close + 1, tokens.count)
    }

    /// One string literal that must name an export: plain text, closed, no escapes,
    /// and not implicitly joined to the next string.
    private mutating func readEntry(end: Int) {
        let index = tokens[cursor]
        cursor += 1
        let joined = cursor < end && source.tokens[tokens[cursor]].kind == .string
        guard !joined, let literal = StringLiteral(token: index, in: source), literal.isPlainText,
              literal.isTerminated, !source.bytes[literal.contentRange].contains(.backslash) else {
            isDynamic = true
            while cursor < end && source.tokens[tokens[cursor]].kind == .string { cursor += 1 }
            return
        }
        entries.append(ExportEntry(
            name: source.text(in: literal.contentRange), range: source.tokens[index].range,
            contentRange: literal.contentRange))
    }

    /// Moves to the next `stop` operator outside brackets, or to `end`.
    private mutating func skip(until stop: StaticString, end: Int) {
        var depth = 0
        while cursor < end {
            let index = tokens[cursor]
            if depth == 0 && source.isOperator(index, stop) { return }
            if source.tokens[index].kind == .operator {
                let byte = source.bytes[source.tokens[index].range.lowerBound]
                if byte.isOpenBracket { depth += 1 } else if byte.isCloseBracket { depth -= 1 }
            }
            cursor += 1
        }
    }

    /// The position in `tokens` of the bracket closing the one at `open`.
    private func matchingClose(of open: Int) -> Int? {
        var depth = 0
        for position in open..<tokens.count where source.tokens[tokens[position]].kind == .operator {
            let byte = source.bytes[source.tokens[tokens[position]].range.lowerBound]
            if byte.isOpenBracket { depth += 1 }
            if byte.isCloseBracket {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }

    private func isOperator(_ spelling: StaticString) -> Bool {
        cursor < tokens.count && source.isOperator(tokens[cursor], spelling)
    }
}
