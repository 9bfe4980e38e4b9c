import DiffCore
import Migration

/// The report of `converge scan`: the counts per class, every notable path
/// (`class: path [flags]`), then the rewrite proposals as `converge move --dry-run`
/// lists them; or with `--json` one object with `counts`, `files` and `proposals`
/// (the objects of `converge move --dry-run --json`).
///
/// `same` files without flags are left out of the list: they need nothing, and in a
/// real migration they are most of the tree.
enum ScanReport {
    /// The classes in the order the report counts them.
    static let countedClasses: [FileClass] = [.sourceOnly, .moved, .conflict, .targetOnly, .same, .excluded]

    static func write(_ scan: WorkspaceScan, proposals: [Proposal], json: Bool, to sink: inout some ByteSink) {
        guard json else {
            writeText(scan, to: &sink)
            guard !proposals.isEmpty else { return }
            sink.write("\n")
            MoveReport.write(proposals, json: false, to: &sink)
            return
        }
        writeJSON(scan, proposals: proposals, to: &sink)
    }

    private static func writeText(_ scan: WorkspaceScan, to sink: inout some ByteSink) {
        for fileClass in countedClasses {
            sink.write("\(fileClass.rawValue): \(scan.counts[fileClass] ?? 0)\n")
        }
        let notable = scan.notable
        guard !notable.isEmpty else { return }
        sink.write("\n")
        for file in notable {
            let flags = file.flags.names
            let suffix = flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"
            sink.write("\(file.fileClass.rawValue): \(MoveReport.oneLine(file.path))\(suffix)\n")
        }
    }

    private static func writeJSON(_ scan: WorkspaceScan, proposals: [Proposal], to sink: inout some ByteSink) {
        let counts = countedClasses.map { "\(MoveReport.quoted($0.rawValue)): \(scan.counts[$0] ?? 0)" }
        sink.write("{\n  \"counts\": {" + counts.joined(separator: ", ") + "},\n")
        let files = scan.notable.map { file in
            let flags = file.flags.names.map(MoveReport.quoted).joined(separator: ", ")
            return "{\"path\": \(MoveReport.quoted(file.path)), \"class\": \(MoveReport.quoted(file.fileClass.rawValue)), "
                + "\"flags\": [\(flags)]}"
        }
        sink.write("  \"files\": " + (files.isEmpty ? "[]" : "[\n    " + files.joined(separator: ",\n    ") + "\n  ]") + ",\n")
        var array = ByteBuffer()
        MoveReport.write(proposals, json: true, to: &array)
        sink.write("  \"proposals\": ")
        array.bytes.removeLast()
        sink.write(array.bytes[...])
        sink.write("\n}\n")
    }
}
