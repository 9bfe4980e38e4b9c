/// Finds dotted-name strings in one pass over the tokens, keeping a stack of open
/// brackets (with the commas seen in each) to tell which call a string is an argument of.
struct DottedNameStringFinder {
    private struct OpenBracket {
        var token: Int
        var commas: Int
    }

    let source: TokenizedSource
    private var brackets: [OpenBracket] = []
    /// The last three significant tokens of the current logical line, newest first.
    private var recent: [Int] = []

    init(source: TokenizedSource) { self.source = source }

    mutating func find() -> [DottedNameString] {
        var found: [DottedNameString] = []
        for index in source.tokens.indices {
            let token = source.tokens[index]
            if token.kind == .newline {
                recent.removeAll()
                continue
            }
            guard token.kind.isSignificant else { continue }
            if token.kind == .string, let string = candidate(index) { found.append(string) }
            if token.kind == .operator { track(index) }
            recent.insert(index, at: 0)
            if recent.count > 3 { recent.removeLast() }
        }
        return found
    }

    private mutating func track(_ index: Int) {
        let byte = source.bytes[source.tokens[index].range.lowerBound]
        if byte.isOpenBracket {
            brackets.append(OpenBracket(token: index, commas: 0))
        } else if byte.isCloseBracket {
            _ = brackets.popLast()
        } else if source.token(index, is: ","), !brackets.isEmpty {
            brackets[brackets.count - 1].commas += 1
        }
    }

    private func candidate(_ index: Int) -> DottedNameString? {
        guard let literal = StringLiteral(token: index, in: source), literal.isPlainText, literal.isTerminated,
              let shape = Self.dottedShape(source.bytes[literal.contentRange]) else { return nil }
        let next = nextSignificant(after: index)
        if let next, source.tokens[next].kind == .string { return nil }
        if let previous = recent.first, source.tokens[previous].kind == .string { return nil }
        return DottedNameString(
            text: source.text(in: literal.contentRange), range: source.tokens[index].range,
            contentRange: literal.contentRange, line: source.tokens[index].line, quote: literal.quote,
            prefix: literal.prefix, relativeLevel: shape.leadingDots, hasTrailingDot: shape.trailingDot,
            context: context(next: next))
    }

    private func context(next: Int?) -> DottedNameString.Context {
        let endsArgument = next.map { source.isOperator($0, ",") || source.isOperator($0, ")") } ?? false
        if endsArgument, let open = brackets.last, source.isOperator(open.token, "("),
           let callee = callee(before: open.token), let previous = recent.first {
            if source.isOperator(previous, "(") || source.isOperator(previous, ",") {
                return .callArgument(callee: callee, position: open.commas, keyword: nil)
            }
            if source.isOperator(previous, "="), recent.count > 2, source.tokens[recent[1]].kind == .name,
               source.isOperator(recent[2], "(") || source.isOperator(recent[2], ",") {
                return .callArgument(callee: callee, position: nil, keyword: source.text(ofToken: recent[1]))
            }
        }
        let endsStatement = next.map { source.isOperator($0, ";") } ?? true
        if brackets.isEmpty, endsStatement, recent.count >= 2, source.isOperator(recent[0], "="),
           source.tokens[recent[1]].kind == .name, recent.count == 2 || source.isOperator(recent[2], ";") {
            return .assignment(target: source.text(ofToken: recent[1]))
        }
        return .other
    }

    /// The callee before an opening parenthesis when it is `name(.name)*`, and not a
    /// keyword (`if (`, `in (`).
    private func callee(before open: Int) -> String? {
        var parts: [String] = []
        var cursor = previousSignificant(before: open)
        while let index = cursor, source.tokens[index].kind == .name {
            let word = source.text(ofToken: index)
            guard !PythonKeywords.isKeyword(word) else { break }
            parts.insert(word, at: 0)
            guard let dot = previousSignificant(before: index), source.isOperator(dot, ".") else { break }
            cursor = previousSignificant(before: dot)
        }
        return parts.isEmpty ? nil : parts.joined(separator: ".")
    }

    /// The next significant token on the same logical line.
    private func nextSignificant(after index: Int) -> Int? {
        var cursor = index + 1
        while cursor < source.tokens.count {
            let kind = source.tokens[cursor].kind
            if kind.isSignificant { return cursor }
            if kind == .newline { return nil }
            cursor += 1
        }
        return nil
    }

    private func previousSignificant(before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0 {
            if source.tokens[cursor].kind.isSignificant { return cursor }
            cursor -= 1
        }
        return nil
    }

    /// Optional leading dots, identifier parts joined by single dots, an optional
    /// trailing dot; no whitespace, no backslash.
    static func dottedShape(_ content: ArraySlice<UInt8>) -> (leadingDots: Int, trailingDot: Bool)? {
        var index = content.startIndex
        while index < content.endIndex && content[index] == .dot { index += 1 }
        let leadingDots = index - content.startIndex
        var parts = 0
        while index < content.endIndex {
            guard content[index].isIdentifierStart else { return nil }
            while index < content.endIndex && content[index].isIdentifierContinue { index += 1 }
            parts += 1
            guard index < content.endIndex else { break }
            guard content[index] == .dot else { return nil }
            index += 1
            if index == content.endIndex { return (leadingDots, true) }
        }
        return parts > 0 ? (leadingDots, false) : nil
    }
}
