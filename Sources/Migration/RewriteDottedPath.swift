import PythonSource

/// The edit that turns a written dotted path into a new one. A path written on one
/// line is replaced whole (`backtester_v2 . market_regime` → `backtester_v2.strategies.market_regime`);
/// one that spans a backslash continuation (`backtester_v2.\` + newline + `    market_regime`)
/// has only the parts that change replaced, so the continuation and the next line's
/// indentation stay byte for byte.
enum RewriteDottedPath {
    /// The range of `parts` to replace and its new text, for the new parts `new`.
    static func edit(_ parts: [Identifier], to new: [String], in bytes: [UInt8]) -> (range: Range<Int>, after: String) {
        guard !new.isEmpty else { return (parts[0].range.lowerBound..<parts[parts.count - 1].range.upperBound, "") }
        var first = 0, last = parts.count - 1, newFirst = 0, newLast = new.count - 1
        func spansLines() -> Bool {
            bytes[parts[first].range.lowerBound..<parts[last].range.upperBound].contains { $0 == 0x0A || $0 == 0x0D }
        }
        // The same leading parts stay, then the same trailing parts, while a part is left on each side.
        while spansLines() && first < last && newFirst < newLast && parts[first].text == new[newFirst] {
            first += 1
            newFirst += 1
        }
        while spansLines() && first < last && newFirst < newLast && parts[last].text == new[newLast] {
            last -= 1
            newLast -= 1
        }
        let range = parts[first].range.lowerBound..<parts[last].range.upperBound
        return (range, new[newFirst...newLast].joined(separator: "."))
    }
}
