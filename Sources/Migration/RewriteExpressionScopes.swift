import PythonSource

/// The scopes an expression opens inside one statement: a lambda binds its parameters
/// in its body (up to the `,` or closing bracket that ends it, or the statement's end),
/// a comprehension binds its `for` targets inside its brackets. A dotted use inside
/// such a scope, of a name the scope binds, reads the local, not the module.
enum RewriteExpressionScopes {
    static func scopes(_ tokens: [Int], in source: TokenizedSource, names: Set<String>) -> [RewriteShadowing.Function] {
        guard !tokens.isEmpty else { return [] }
        var result: [RewriteShadowing.Function] = []
        var openers: [Int] = []  // positions of the open brackets
        var closing: [Int: Int] = [:]  // open position → close position
        for (position, index) in tokens.enumerated() {
            let text = source.text(ofToken: index)
            guard source.tokens[index].kind == .operator else { continue }
            if text == "(" || text == "[" || text == "{" { openers.append(position) }
            if text == ")" || text == "]" || text == "}", let open = openers.popLast() { closing[open] = position }
        }
        let end = source.tokens[tokens[tokens.count - 1]].range.upperBound
        /// The innermost bracket pair around `position`: (open, close) positions.
        func enclosing(_ position: Int) -> (Int, Int?)? {
            closing.filter { $0.key < position && ($0.value > position) }.max { $0.key < $1.key }.map { ($0.key, $0.value) }
                ?? openers.filter { $0 < position }.max().map { ($0, nil) }
        }
        func bytes(from open: Int?, to close: Int?) -> Range<Int> {
            let start = open.map { source.tokens[tokens[$0]].range.upperBound } ?? source.tokens[tokens[0]].range.lowerBound
            let stop = close.map { source.tokens[tokens[$0]].range.lowerBound } ?? end
            return start..<max(start, stop)
        }
        for (position, index) in tokens.enumerated() where source.tokens[index].kind == .name {
            if source.isName(index, "lambda") {
                var bound = Set<String>(), cursor = position + 1
                while cursor < tokens.count, !source.isOperator(tokens[cursor], ":") {
                    if source.tokens[tokens[cursor]].kind == .name { bound.insert(source.text(ofToken: tokens[cursor])) }
                    cursor += 1
                }
                bound.formIntersection(names)
                guard !bound.isEmpty else { continue }
                // The body ends at a `,` at the lambda's own depth, or where its bracket closes.
                var depth = 0, stop: Int? = nil
                while cursor < tokens.count, stop == nil {
                    let text = source.tokens[tokens[cursor]].kind == .operator ? source.text(ofToken: tokens[cursor]) : ""
                    if text == "(" || text == "[" || text == "{" { depth += 1 }
                    if text == ")" || text == "]" || text == "}" { if depth == 0 { stop = cursor } else { depth -= 1 } }
                    if text == "," && depth == 0 { stop = cursor }
                    cursor += 1
                }
                result.append(RewriteShadowing.Function(body: bytes(from: position, to: stop), locals: bound))
            } else if source.isName(index, "for"), let scope = enclosing(position) {
                var bound = Set<String>(), cursor = position + 1
                while cursor < tokens.count, !source.isName(tokens[cursor], "in") {
                    if source.tokens[tokens[cursor]].kind == .name { bound.insert(source.text(ofToken: tokens[cursor])) }
                    cursor += 1
                }
                bound.formIntersection(names)
                guard !bound.isEmpty else { continue }
                result.append(RewriteShadowing.Function(body: bytes(from: scope.0, to: scope.1), locals: bound))
            }
        }
        return result
    }
}
