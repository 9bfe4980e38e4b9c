/// The table of generated inputs, to check them against PEERS.md's input table.
enum InputsReport {
    static func table(_ inputs: [InputSet], pythonRoot: String?) -> MarkdownTable {
        var table = MarkdownTable(header: ["input", "size", "files", "lines", "bytes"], firstNumberColumn: 3)
        for input in inputs {
            table.rows.append([
                input.scenario.rawValue, input.sizeLabel, input.scenario.fileRoles.joined(separator: " / "),
                input.lineCounts.map(Formatting.count).joined(separator: " / "),
                input.byteCounts.map(Formatting.megabytes).joined(separator: " / "),
            ])
        }
        if let pythonRoot, inputs.contains(where: \.scenario.needsPython) {
            _ = table.footnotes.mark("python inputs built from \(pythonRoot)")
        }
        return table
    }
}
