/// Builds a `StatementTable` in one pass over the tokens.
struct StatementTableBuilder {
    /// A block whose body is still open: lines indented more than `indentation` belong
    /// to it.
    private struct OpenBlock {
        var indentation: Int
        var scope: StatementScope
        var depth: Int
    }

    /// A statement inside a logical line; `body` is set when it is a header whose `:`
    /// opens a block.
    private struct Part {
        var first: Int
        var last: Int
        var body: HeaderKind?
    }

    private enum HeaderKind { case function, `class`, block }

    let source: TokenizedSource
    var logicalLines: [LogicalLine] = []
    var statements: [Statement] = []
    private var blocks: [OpenBlock] = []

    init(source: TokenizedSource) { self.source = source }

    mutating func build() {
        var first: Int?
        var last = 0
        for index in source.tokens.indices {
            let kind = source.tokens[index].kind
            if kind.isSignificant {
                if first == nil { first = index }
                last = index
            } else if kind == .newline, let start = first {
                addLogicalLine(start, last)
                first = nil
            }
        }
        if let start = first { addLogicalLine(start, last) }
    }

    private mutating func addLogicalLine(_ first: Int, _ last: Int) {
        let tokens = source.tokens
        let indentation = indentation(before: tokens[first])
        while let block = blocks.last, block.indentation >= indentation { blocks.removeLast() }
        var scope = blocks.last?.scope ?? .module
        var depth = blocks.last?.depth ?? 0
        let firstStatement = statements.count
        let parts = split(first, last)
        for part in parts {
            statements.append(Statement(
                tokens: part.first..<(part.last + 1),
                range: tokens[part.first].range.lowerBound..<tokens[part.last].range.upperBound,
                line: tokens[part.first].line, logicalLine: logicalLines.count, scope: scope, depth: depth))
            if let body = part.body {
                scope = body == .function ? .function : body == .class ? .class : scope
                depth += 1
            }
        }
        if parts.last?.body != nil {
            blocks.append(OpenBlock(indentation: indentation, scope: scope, depth: depth))
        }
        let lastLine = source.lines.line(containing: max(tokens[last].range.upperBound - 1, 0))
        logicalLines.append(LogicalLine(
            tokens: first..<(last + 1), range: tokens[first].range.lowerBound..<tokens[last].range.upperBound,
            lines: tokens[first].line...max(tokens[first].line, lastLine),
            statements: firstStatement..<statements.count, indentation: indentation))
    }

    /// Splits a logical line at `;` and after the `:` that ends a compound-statement
    /// header, both outside brackets. A `:` that belongs to a `lambda` does not split.
    private func split(_ first: Int, _ last: Int) -> [Part] {
        var parts: [Part] = []
        var start: Int?
        var header: HeaderKind?
        var brackets = 0, lambdas = 0
        for index in first...last where source.tokens[index].kind.isSignificant {
            if start == nil {
                start = index
                header = headerKind(at: index, last: last)
                lambdas = 0
            }
            if source.tokens[index].kind == .name {
                if brackets == 0 && source.token(index, is: "lambda") { lambdas += 1 }
                continue
            }
            guard source.tokens[index].kind == .operator else { continue }
            let byte = source.bytes[source.tokens[index].range.lowerBound]
            if byte.isOpenBracket { brackets += 1 }
            if byte.isCloseBracket { brackets = max(0, brackets - 1) }
            guard brackets == 0 else { continue }
            if source.token(index, is: ";") {
                if let begin = start, begin < index { parts.append(Part(first: begin, last: previous(index, from: begin))) }
                start = nil
            } else if source.token(index, is: ":") {
                if lambdas > 0 {
                    lambdas -= 1
                } else if let kind = header, let begin = start {
                    parts.append(Part(first: begin, last: index, body: kind))
                    start = nil
                }
            }
        }
        if let begin = start { parts.append(Part(first: begin, last: last)) }
        return parts
    }

    /// The significant token before `index`, not before `floor`.
    private func previous(_ index: Int, from floor: Int) -> Int {
        var cursor = index - 1
        while cursor > floor && !source.tokens[cursor].kind.isSignificant { cursor -= 1 }
        return cursor
    }

    /// What kind of block the statement starting at `index` opens, if it is a header.
    private func headerKind(at index: Int, last: Int) -> HeaderKind? {
        guard source.tokens[index].kind == .name else { return nil }
        let next = nextSignificant(after: index, through: last)
        switch source.text(ofToken: index) {
        case "def": return .function
        case "class": return .class
        case "if", "elif", "else", "while", "for", "try", "except", "finally", "with": return .block
        case "async":
            guard let next else { return nil }
            return source.isName(next, "def") ? .function : .block
        case "match", "case":
            guard let next else { return nil }
            let isAssignment = source.tokens[next].kind == .operator
                && (source.token(next, is: ":") || source.token(next, is: ".")
                    || source.bytes[source.tokens[next].range.upperBound - 1] == 0x3D)
            return isAssignment ? nil : .block
        default: return nil
        }
    }

    private func nextSignificant(after index: Int, through last: Int) -> Int? {
        var cursor = index + 1
        while cursor <= last {
            if source.tokens[cursor].kind.isSignificant { return cursor }
            cursor += 1
        }
        return nil
    }

    /// Python's indentation width of the line a token starts.
    private func indentation(before token: Token) -> Int {
        let lineStart = source.lines.starts[token.line - 1]
        var width = 0
        for offset in lineStart..<token.range.lowerBound {
            switch source.bytes[offset] {
            case .tab: width = (width / 8 + 1) * 8
            case .formFeed: width = 0
            case .space: width += 1
            default: if !(source.hasByteOrderMark && offset < 3) { width += 1 }
            }
        }
        return width
    }
}
