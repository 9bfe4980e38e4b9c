import PythonSource

/// The layout of a parenthesised `from` import, read so that a split keeps it (spec
/// cases 12 and 14: nothing is reflowed). Each split statement keeps the lines that
/// hold its names, with the names they share a line with dropped, and each line keeps
/// its indentation and comment (`RegimeDetector,  # public`); the comment after `(`
/// stays on the first statement, comment-only lines go with the name that follows
/// them, and the `)` stays on its own line or after the last name, as written.
/// Re-rendering the names on one line would move `# noqa` comments away from the
/// names they silence.
struct RewriteSplitLines {
    /// One physical line inside the parentheses.
    struct Row {
        /// The names on the line, by their first byte.
        var names: [Int] = []
        /// The blanks before the first name; nil on the line of `(`.
        var indentation: String?
        /// What follows the names (their comma dropped): `  # public`, often nothing.
        var comment = ""
        /// A line without names (a comment or a blank line): its whole text.
        var loose: String?
        /// The name whose statement a line without names goes with.
        var owner: Int?
    }

    private(set) var rows: [Row] = []
    /// The blanks before `)` when it stands on its own line; nil when it follows the last name.
    private(set) var closingIndentation: String?
    /// Whether the last name is followed by a comma before an inline `)`.
    private(set) var trailingComma = false

    /// The layout of `statement`, or nil when it is not parenthesised or a line holds
    /// anything but names, commas and a comment.
    init?(_ statement: ImportStatement, in file: RewriteFile) {
        guard let parentheses = statement.parentheses, !statement.names.isEmpty,
              file.bytes[parentheses.upperBound - 1] == 0x29 else { return nil }
        let lines = file.analysis.source.lines
        let first = lines.line(containing: parentheses.lowerBound)
        let last = lines.line(containing: parentheses.upperBound - 1)
        for line in first...last {
            guard let row = Self.row(line, statement: statement, file: file, isFirst: line == first) else { return nil }
            rows.append(row)
        }
        let close = parentheses.upperBound - 1
        closingIndentation = file.indentation(before: close)
        if closingIndentation != nil {
            rows.removeLast()
        } else {
            let lastEnd = statement.names[statement.names.count - 1].range.upperBound
            trailingComma = file.bytes[lastEnd..<close].contains(0x2C)
        }
        assignOwners(statement)
    }

    /// The line `line` of the statement, or nil when it holds something else.
    private static func row(_ line: Int, statement: ImportStatement, file: RewriteFile, isFirst: Bool) -> Row? {
        let range = file.analysis.source.lines.range(ofLine: line)
        let names = statement.names.filter { range.contains($0.range.lowerBound) }
        var row = Row()
        guard let firstName = names.first else {
            let start = isFirst ? statement.parentheses!.lowerBound + 1 : range.lowerBound
            let text = restOfLine(after: start, in: file)
            let code = text.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
            guard code.isEmpty || code.hasPrefix("#") else { return nil }
            // The line of an own-line `)` reads as blank here; `init` drops it.
            if isFirst { row.comment = text } else { row.loose = text }
            return row
        }
        row.indentation = isFirst ? nil : file.indentation(before: firstName.range.lowerBound)
        guard isFirst || row.indentation != nil else { return nil }
        for (index, name) in names.enumerated().dropFirst() {
            let between = String(decoding: file.bytes[names[index - 1].range.upperBound..<name.range.lowerBound], as: UTF8.self)
            guard between.filter({ $0 != " " && $0 != "\t" }) == "," else { return nil }
        }
        let trailer = restOfLine(after: names[names.count - 1].range.upperBound, in: file)
        var comment = trailer.drop { $0 == " " || $0 == "\t" }
        if comment.first == "," { comment = comment.dropFirst() }
        guard comment.drop(while: { $0 == " " || $0 == "\t" }).first.map({ $0 == "#" }) ?? true else { return nil }
        row.names = names.map(\.range.lowerBound)
        row.comment = String(comment)
        return row
    }

    /// Lines without names go with the first name after them, or the last before them.
    private mutating func assignOwners(_ statement: ImportStatement) {
        var next = statement.names[statement.names.count - 1].range.lowerBound
        for index in rows.indices.reversed() {
            if let first = rows[index].names.first { next = first } else { rows[index].owner = next }
        }
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
}

extension RewriteSplitLines {
    /// `from M import (` and the lines that hold `names`, each with its own comment.
    func render(head: String, names: [(entry: ImportedName, text: String)], isFirst: Bool,
                lineEnding: String) -> String {
        let texts = Dictionary(names.map { ($0.entry.range.lowerBound, $0.text) }) { first, _ in first }
        let kept = rows.filter { row in
            row.names.contains { texts[$0] != nil } || row.loose != nil && row.owner.map { texts[$0] != nil } ?? false
        }
        let lastWithNames = kept.lastIndex { !$0.names.isEmpty }
        // The comment after `(` (`# noqa: F401`) stays on the first statement.
        let header = isFirst && rows[0].names.isEmpty ? rows[0].comment : ""
        var text = head + " (" + header
        for (index, row) in kept.enumerated() {
            if let loose = row.loose {
                text += lineEnding + loose
                continue
            }
            let comma = closingIndentation != nil || index != lastWithNames || trailingComma ? "," : ""
            let line = row.names.compactMap { texts[$0] }.joined(separator: ", ") + comma + row.comment
            text += row.indentation.map { lineEnding + $0 + line } ?? line
        }
        return text + (closingIndentation.map { lineEnding + $0 + ")" } ?? ")")
    }
}
