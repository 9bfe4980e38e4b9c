import PythonSource

/// The layout of a parenthesised `from` import with one name per line, read so that
/// a split keeps it: each name stays on its own line with its own comment
/// (`RegimeDetector,  # public`), and the comment after `(` stays on the first
/// statement. Re-rendering the names on one line would move `# noqa` comments away
/// from the names they silence.
struct RewriteSplitLines {
    /// The indentation of the names.
    let indentation: String
    /// What follows `(` on its line (`  # noqa: F401`), often nothing.
    let header: String
    /// What follows each name on its line, by the name's first byte: `,  # public`.
    let trailers: [Int: String]

    /// The layout of `statement`, or nil when it is not parenthesised with every name
    /// first on its own line.
    init?(_ statement: ImportStatement, in file: RewriteFile) {
        guard let parentheses = statement.parentheses, let first = statement.names.first,
              let indentation = file.indentation(before: first.range.lowerBound) else { return nil }
        var trailers: [Int: String] = [:]
        for entry in statement.names {
            guard file.indentation(before: entry.range.lowerBound) != nil else { return nil }
            let trailer = Self.restOfLine(after: entry.range.upperBound, in: file)
            let afterComma = trailer.drop { $0 == "," || $0 == " " || $0 == "\t" }
            guard afterComma.isEmpty || afterComma.hasPrefix("#") else { return nil }
            trailers[entry.range.lowerBound] = trailer.hasPrefix(",") ? trailer : "," + trailer
        }
        self.indentation = indentation
        header = Self.restOfLine(after: parentheses.lowerBound + 1, in: file)
        self.trailers = trailers
    }

    /// The bytes from `offset` to the end of its line, without the line ending, and
    /// never past a `)`.
    private static func restOfLine(after offset: Int, in file: RewriteFile) -> String {
        let bytes = file.bytes
        var end = offset
        var inComment = false
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D && (inComment || bytes[end] != 0x29) {
            if bytes[end] == 0x23 { inComment = true }
            end += 1
        }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }

    /// `from M import (` and one line per name, each with its own trailer.
    func render(head: String, names: [(entry: ImportedName, text: String)], isFirst: Bool,
                lineEnding: String, closingIndentation: String) -> String {
        let lines = names.map { indentation + $0.text + (trailers[$0.entry.range.lowerBound] ?? ",") }
        return head + " (" + (isFirst ? header : "") + lineEnding + lines.joined(separator: lineEnding)
            + lineEnding + closingIndentation + ")"
    }
}
