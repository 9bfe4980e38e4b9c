/// A Markdown table with right-aligned number columns, plus the footnotes its cells refer to.
struct MarkdownTable {
    let header: [String]
    /// Columns from this index on are right-aligned (the first ones hold names).
    let firstNumberColumn: Int
    var rows: [[String]] = []
    var footnotes = Footnotes()

    init(header: [String], firstNumberColumn: Int) {
        self.header = header
        self.firstNumberColumn = firstNumberColumn
    }

    func render() -> String {
        let alignment = header.indices.map { $0 < firstNumberColumn ? "---" : "---:" }
        var lines = [header, alignment].map(Self.row)
        lines += rows.map(Self.row)
        if !footnotes.notes.isEmpty {
            lines.append("")
            lines += footnotes.notes.enumerated().map { "\(Footnotes.marker($0.offset + 1)) \($0.element)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |"
    }
}

private extension String {
    /// Cell text with `|` escaped, so an error message cannot break the table.
    func replacingPipes() -> String {
        split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }
}
