import PythonSource

/// Cuts an analysed `__init__.py` into top-level units: each logical line at module
/// level with everything that belongs to it (a compound statement's block and its
/// `else`/`except`/`finally` clauses, a definition's decorators), on whole lines, so
/// units can be moved between files without re-indenting anything.
struct InitCombinerCutter {
    let analysis: SourceAnalysis
    let location: ModuleLocation
    let moves: ModuleMoves

    private static let clauseKeywords: Set<String> = ["else", "elif", "except", "finally"]

    /// The units in file order; blank and comment-only lines between them belong to none.
    func cut() -> [InitCombinerUnit] {
        let table = analysis.statements
        let lines = analysis.source.lines
        var units: [InitCombinerUnit] = []
        var decoratorStart: Int?
        // The BOM belongs to the file, not to its first statement.
        let firstByte = analysis.source.hasByteOrderMark ? 3 : 0
        for logical in table.logicalLines where !logical.statements.isEmpty {
            let first = logical.statements.lowerBound
            guard table.statements[first].depth == 0 else { continue }
            let start = max(firstByte, lines.starts[logical.lines.lowerBound - 1])
            var lastLine = logical.lines.upperBound
            if logical.statements.count == 1 && endsWithColon(table.statements[first]) {
                lastLine = table.blockEnd(ofHeader: first).line
            }
            let end = lines.range(ofLine: lastLine).upperBound
            let keyword = firstWord(of: table.statements[first])
            if Self.clauseKeywords.contains(keyword), let previous = units.indices.last {
                units[previous] = otherUnit(units[previous].lines.lowerBound..<end)
                continue
            }
            if keyword == "@" {
                decoratorStart = decoratorStart ?? start
                continue
            }
            let range = (decoratorStart ?? start)..<end
            decoratorStart = nil
            units.append(classify(logical, range: range, isFirst: units.isEmpty))
        }
        for index in units.indices.dropFirst() {
            units[index].leadingComments = comments(above: units[index], after: units[index - 1])
        }
        return units
    }

    /// The comment-only lines between two units that end right above `unit`.
    private func comments(above unit: InitCombinerUnit, after previous: InitCombinerUnit) -> Range<Int>? {
        let lines = analysis.source.lines
        let bytes = analysis.source.bytes
        var start = unit.lines.lowerBound
        while start > previous.lines.upperBound {
            let line = lines.range(ofLine: lines.line(containing: start - 1))
            guard let first = bytes[line].first(where: { $0 != 0x20 && $0 != 0x09 }), first == UInt8(ascii: "#") else { break }
            start = line.lowerBound
        }
        return start < unit.lines.lowerBound ? start..<unit.lines.lowerBound : nil
    }

    private func classify(_ logical: LogicalLine, range: Range<Int>, isFirst: Bool) -> InitCombinerUnit {
        guard logical.statements.count == 1 else { return otherUnit(range) }
        let statement = analysis.statements.statements[logical.statements.lowerBound]
        let key = InitCombinerText.key(analysis.source.bytes[range])
        if let found = analysis.imports.first(where: { $0.range.lowerBound == statement.range.lowerBound }) {
            if found.level == 0 && found.module?.text == "__future__" {
                return InitCombinerUnit(kind: .future(found), lines: range, bindings: [], key: key)
            }
            let bindings = ExportBinding.bindings(of: found, location: location, moves: moves)
            return InitCombinerUnit(kind: .import(found), lines: range, bindings: bindings, key: key)
        }
        if let list = analysis.exportLists.first(where: { statement.range.contains($0.range.lowerBound) }) {
            return InitCombinerUnit(kind: .exportList(list), lines: range, bindings: [], key: key)
        }
        if isFirst && isStringOnly(statement) {
            return InitCombinerUnit(kind: .docstring, lines: range, bindings: [], key: key)
        }
        let names = analysis.definitions
            .filter { $0.kind != .import && !$0.isConditional && range.contains($0.nameRange.lowerBound) }
            .map(\.name)
        guard !names.isEmpty else { return otherUnit(range) }
        let bindings = names.map { ExportBinding(name: $0, identity: "code: " + key) }
        return InitCombinerUnit(kind: .binding, lines: range, bindings: bindings, key: key)
    }

    private func otherUnit(_ range: Range<Int>) -> InitCombinerUnit {
        InitCombinerUnit(kind: .other, lines: range, bindings: [],
                         key: InitCombinerText.key(analysis.source.bytes[range]))
    }

    private func significant(_ statement: Statement) -> [Int] {
        analysis.source.significantTokens(in: statement.tokens)
    }

    private func endsWithColon(_ statement: Statement) -> Bool {
        guard let last = significant(statement).last else { return false }
        return analysis.source.isOperator(last, ":")
    }

    private func firstWord(of statement: Statement) -> String {
        guard let first = significant(statement).first else { return "" }
        return analysis.source.text(ofToken: first)
    }

    private func isStringOnly(_ statement: Statement) -> Bool {
        let tokens = significant(statement)
        return !tokens.isEmpty && tokens.allSatisfy { analysis.source.tokens[$0].kind == .string }
    }
}
