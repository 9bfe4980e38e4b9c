/// Recovery from an unclosed bracket.
///
/// Inside brackets every line end is an NL, so a single unclosed `(` would hide every
/// later statement. Some words can never appear inside brackets in valid code; when a
/// physical line inside brackets starts with one of them, the brackets are reported as
/// never closed and the previous line end becomes the end of the logical line. This is
/// the same guess Python's error message makes ("'(' was never closed").
extension TokenScanner {
    mutating func closeBracketsBeforeStatement() {
        guard startsStatementWord(at: position) else { return }
        for bracket in brackets {
            report("'\(Character(Unicode.Scalar(bracket.byte)))' was never closed", at: bracket.offset)
        }
        brackets.removeAll()
        if lineHasContent, let last = tokens.indices.last {
            tokens[last].kind = .newline
            lineHasContent = false
        }
    }

    /// Whether the line at `start` begins with `def`, `class` or `import`, or with
    /// `from` and has `import` later on the line.
    private func startsStatementWord(at start: Int) -> Bool {
        var index = start
        while index < count && bytes[index].isBlank { index += 1 }
        let wordStart = index
        while index < count && bytes[index].isIdentifierContinue { index += 1 }
        let word = wordStart..<index
        if spells(word, "def") || spells(word, "class") || spells(word, "import") { return true }
        guard spells(word, "from") else { return false }
        while index < count && !bytes[index].isLineEnd {
            let start = index
            while index < count && bytes[index].isIdentifierContinue { index += 1 }
            if spells(start..<index, "import") { return true }
            if index == start { index += 1 }
        }
        return false
    }

    private func spells(_ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        return word.withUTF8Buffer { expected in
            zip(range, expected).allSatisfy { bytes[$0] == $1 }
        }
    }
}
