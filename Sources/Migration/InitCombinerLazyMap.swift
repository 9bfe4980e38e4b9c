import PythonSource

/// A PEP 562 lazy-import map at top level (`_LAZY = {"Greeks": ".greeks"}`, spec case
/// 66): a name assigned a dict literal of plain strings, each value a relative module.
/// Two versions that both have one must end up with one map holding both sets of
/// entries, or `__getattr__` would miss the names of the map that lost.
struct InitCombinerLazyMap: Sendable {
    struct Entry: Sendable {
        /// The key's text between its quotes: the attribute name the map makes lazy.
        var key: String
        /// The key as written, quotes included.
        var keyText: String
        /// The value's text between its quotes: the module, relative to the package.
        var module: String
        /// The value as written, quotes included.
        var value: String
        /// From the key's first byte to the value's last byte.
        var range: Range<Int>
        /// The value token's bytes.
        var valueRange: Range<Int>
    }

    var name: String
    var entries: [Entry]
    /// The map's name as Python compares it.
    var key: String { InitCombinerNames.key(name) }
    /// The offset right after `{`, where entries go into an empty map.
    var openBrace: Int

    /// The map a unit assigns, or nil when the unit is anything else.
    init?(_ unit: InitCombinerUnit, in file: InitCombinerFile) {
        guard case .binding = unit.kind, unit.bindings.count == 1 else { return nil }
        let source = file.analysis.source
        let table = file.analysis.statements
        let inUnit = { (statement: Statement) in
            statement.depth == 0 && unit.lines.contains(statement.range.lowerBound)
        }
        guard let statement = table.statements.first(where: inUnit),
              statement.range.upperBound <= unit.lines.upperBound else { return nil }
        let tokens = source.significantTokens(in: statement.tokens)
        guard tokens.count >= 4, source.tokens[tokens[0]].kind == .name, source.isOperator(tokens[1], "="),
              source.isOperator(tokens[2], "{"), source.isOperator(tokens[tokens.count - 1], "}") else { return nil }
        name = source.text(ofToken: tokens[0])
        openBrace = source.tokens[tokens[2]].range.upperBound
        guard let entries = Self.entries(tokens[3..<(tokens.count - 1)], in: source) else { return nil }
        self.entries = entries
    }

    /// The first map named `key` (a comparison key) in `file`, with its unit's index.
    static func first(withKey key: String, in file: InitCombinerFile) -> (index: Int, map: InitCombinerLazyMap)? {
        for (index, unit) in file.units.enumerated() {
            if let map = InitCombinerLazyMap(unit, in: file), map.key == key { return (index, map) }
        }
        return nil
    }

    /// Every map in `file`, with its unit's index.
    static func all(in file: InitCombinerFile) -> [(index: Int, map: InitCombinerLazyMap)] {
        file.units.enumerated().compactMap { index, unit in InitCombinerLazyMap(unit, in: file).map { (index, $0) } }
    }

    /// `"key": "value"` pairs separated by commas (a trailing one allowed); nil for
    /// anything else, so a computed dict is left to the ordinary comparison.
    private static func entries(_ tokens: ArraySlice<Int>, in source: TokenizedSource) -> [Entry]? {
        var entries: [Entry] = []
        var rest = tokens[...]
        while !rest.isEmpty {
            let pair = Array(rest.prefix(3))
            guard pair.count == 3, source.isOperator(pair[1], ":"),
                  let key = plainString(pair[0], in: source), let value = plainString(pair[2], in: source),
                  value.hasPrefix(".") else { return nil }
            let valueRange = source.tokens[pair[2]].range
            entries.append(Entry(key: key, keyText: source.text(ofToken: pair[0]), module: value,
                                 value: source.text(in: valueRange),
                                 range: source.tokens[pair[0]].range.lowerBound..<valueRange.upperBound,
                                 valueRange: valueRange))
            rest = rest.dropFirst(3)
            guard let comma = rest.first else { break }
            guard source.isOperator(comma, ",") else { return nil }
            rest = rest.dropFirst()
        }
        return entries
    }

    private static func plainString(_ token: Int, in source: TokenizedSource) -> String? {
        guard let literal = StringLiteral(token: token, in: source), literal.isTerminated, literal.prefix.isEmpty,
              literal.quote.length == 1 else { return nil }
        let content = source.text(in: literal.contentRange)
        return content.contains("\\") ? nil : content
    }
}
