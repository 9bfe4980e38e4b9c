import PythonSource

/// Writing new `__all__` entries into the target's literals without re-formatting them:
/// a list with one entry per line gets new lines with the same indentation, any other
/// list gets `, "Name"` after the neighbour entry.
extension ExportListMerge {
    /// The target statements new entries may go into: literals that are assigned,
    /// added or extended (not `.append`, `.remove`, or anything dynamic).
    private var growable: [ExportListStatement] {
        target.analysis.exportLists.filter {
            !$0.isDynamic && [.assign, .augmentedAssign, .extend].contains($0.operation)
        }
    }

    mutating func place(_ names: [String], after neighbour: String?, into edits: inout InitCombinerEdits) {
        for statement in growable {
            guard let neighbour, let entry = statement.entries.first(where: {
                InitCombinerNames.key($0.name) == InitCombinerNames.key(neighbour)
            }) else { continue }
            insert(names, after: entry, into: &edits)
            return
        }
        guard let last = growable.last else { return addStatement(names, into: &edits) }
        if let entry = last.entries.last { return insert(names, after: entry, into: &edits) }
        if !insertIntoEmpty(names, last, into: &edits) { addStatement(names, into: &edits) }
    }

    private func quoted(_ names: [String], like entry: ExportEntry?) -> [[UInt8]] {
        var quote = UInt8(ascii: "\"")
        if let entry, entry.contentRange.lowerBound > entry.range.lowerBound {
            quote = target.bytes[entry.contentRange.lowerBound - 1]
        }
        return names.map { [quote] + Array($0.utf8) + [quote] }
    }

    private func insert(_ names: [String], after entry: ExportEntry, into edits: inout InitCombinerEdits) {
        let literals = quoted(names, like: entry)
        let lines = target.analysis.source.lines
        let line = lines.range(ofLine: lines.line(containing: entry.range.lowerBound))
        let indent = target.bytes[line.lowerBound..<entry.range.lowerBound]
        if indent.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) && endsLineWithComma(from: entry.range.upperBound) {
            edits.insert(literals.flatMap { Array(indent) + $0 + [UInt8(ascii: ",")] + ending }, at: line.upperBound)
        } else {
            edits.insert(literals.flatMap { Array(", ".utf8) + $0 }, at: entry.range.upperBound, startsLine: false)
        }
    }

    /// Whether only a comma, spaces and perhaps a comment follow `offset` on its line.
    private func endsLineWithComma(from offset: Int) -> Bool {
        let bytes = target.bytes
        var index = offset
        var sawComma = false
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09: break
            case UInt8(ascii: ",") where !sawComma: sawComma = true
            case UInt8(ascii: "#"), 0x0A, 0x0D: return sawComma
            default: return false
            }
            index += 1
        }
        return false
    }

    /// Fills `[]` or `()` of an empty literal; false when the statement has none.
    private mutating func insertIntoEmpty(_ names: [String], _ statement: ExportListStatement,
                                 into edits: inout InitCombinerEdits) -> Bool {
        let bytes = target.bytes
        let closers: [UInt8] = [UInt8(ascii: "]"), UInt8(ascii: ")")]
        guard let close = statement.range.reversed().first(where: { closers.contains(bytes[$0]) }) else { return false }
        var open = close - 1
        while open > statement.range.lowerBound && (bytes[open] == 0x20 || bytes[open] == 0x09) { open -= 1 }
        guard bytes[open] == UInt8(ascii: "[") || bytes[open] == UInt8(ascii: "(") else { return false }
        if open > 0 && (bytes[open - 1].isIdentifierContinueASCII) { return false }
        let isTuple = bytes[close] == UInt8(ascii: ")")
        var text = Array(quoted(names, like: nil).map { String(decoding: $0, as: UTF8.self) }.joined(separator: ", ").utf8)
        // A one-name tuple needs its comma; a literal filled before needs a separator.
        if isTuple { text.append(UInt8(ascii: ",")) }
        if !filledLiterals.insert(close).inserted { text = Array((isTuple ? " " : ", ").utf8) + text }
        edits.insert(text, at: close, startsLine: false)
        return true
    }

    /// A new `__all__ += [...]` line after the target's last `__all__` statement.
    private func addStatement(_ names: [String], into edits: inout InitCombinerEdits) {
        guard let last = target.analysis.exportLists.last else { return }
        let lines = target.analysis.source.lines
        let end = lines.range(ofLine: lines.line(containing: last.range.upperBound - 1)).upperBound
        let list = quoted(names, like: last.entries.first).map { String(decoding: $0, as: UTF8.self) }
        edits.insert(Array("__all__ += [\(list.joined(separator: ", "))]".utf8) + ending, at: end)
    }
}

private extension UInt8 {
    /// A byte of an ASCII identifier: `list()` is a call, not an empty tuple.
    var isIdentifierContinueASCII: Bool {
        (self >= 0x30 && self <= 0x39) || (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || self == 0x5F
    }
}
