import DiffCore
import Migration

/// The report of `converge scan`: the counts per class; every notable path
/// (`class: path [flags]`), a conflict file with its hunks (`3 hunks: 1 conflict,
/// 2 auto-merged`) or, for an `__init__.py`, its combination; the problems found; the
/// rewrite proposals counted per kind, then listed as `converge move --dry-run` lists
/// them. With `--json` one object with `counts`, `files` (conflicts with `hunks`,
/// `conflicts`, `auto-merged` and `base`), `problems`, `moved` (each moved module with
/// the target module it maps to), `layout` (path moves, new `__init__.py` files) and
/// `proposals` (the objects of `converge move --dry-run --json`).
///
/// `same` files without flags are left out of the list: they need nothing, and in a
/// real migration they are most of the tree.
enum ScanReport {
    /// The classes in the order the report counts them.
    static let countedClasses: [FileClass] = [.sourceOnly, .moved, .conflict, .targetOnly, .same, .excluded]

    static func write(_ plan: Plan, json: Bool, to sink: inout some ByteSink) {
        guard json else {
            writeText(plan, to: &sink)
            return
        }
        writeJSON(plan, to: &sink)
    }

    /// The plan in a few lines, for `converge demo`: the counts, the conflict files
    /// with their hunks, the moved modules and the rewrites per kind.
    static func writeSummary(_ plan: Plan, to sink: inout some ByteSink) {
        let counts = countedClasses.map { "\($0.rawValue) \(plan.scan.counts[$0] ?? 0)" }
        sink.write("Scan: \(counts.joined(separator: ", "))\n")
        for file in plan.scan.files where file.fileClass == .conflict {
            sink.write("  conflict \(MoveReport.oneLine(file.path)): \(mergeSummary(plan, file.path) ?? "take one side")\n")
        }
        for moved in plan.movedModules {
            sink.write("  moved \(MoveReport.oneLine(moved.path)) → \(MoveReport.oneLine(moved.targetPath))\n")
        }
        sink.write("  rewrites: \(proposalCounts(plan.proposals))\n")
    }

    /// `12 code, 3 config`, or `none`.
    static func proposalCounts(_ proposals: [Proposal]) -> String {
        let perKind = ProposalKind.allCases.compactMap { kind in
            let count = proposals.count { $0.kind == kind }
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        return perKind.isEmpty ? "none" : perKind.joined(separator: ", ")
    }

    private static func writeText(_ plan: Plan, to sink: inout some ByteSink) {
        let scan = plan.scan
        for fileClass in countedClasses {
            sink.write("\(fileClass.rawValue): \(scan.counts[fileClass] ?? 0)\n")
        }
        let notable = scan.notable
        if !notable.isEmpty {
            sink.write("\n")
            for file in notable {
                let flags = file.flags.names
                let suffix = flags.isEmpty ? "" : " [\(flags.joined(separator: ", "))]"
                let merge = mergeSummary(plan, file.path).map { ": \($0)" } ?? ""
                sink.write("\(file.fileClass.rawValue): \(MoveReport.oneLine(file.path))\(suffix)\(merge)\n")
            }
        }
        if !plan.movedModules.isEmpty {
            sink.write("\nmoved modules (mapped, not copied):\n")
            for moved in plan.movedModules { sink.write("  \(MoveReport.oneLine(moved.description))\n") }
        }
        if !plan.layout.pathMoves.isEmpty || !plan.layout.newInitFiles.isEmpty {
            sink.write("\nlayout moves:\n")
            for move in plan.layout.pathMoves { sink.write("  \(MoveReport.oneLine(move.description)) (\(move.rule))\n") }
            for path in plan.layout.newInitFiles { sink.write("  new \(MoveReport.oneLine(path))\n") }
        }
        if !plan.problems.isEmpty {
            sink.write("\nproblems:\n")
            for problem in plan.problems { sink.write("  \(MoveReport.oneLine(problem.description))\n") }
        }
        guard !plan.proposals.isEmpty else { return }
        sink.write("\nrewrites: \(proposalCounts(plan.proposals))\n")
        MoveReport.write(plan.proposals, json: false, to: &sink)
    }

    /// `3 hunks: 1 conflict, 2 auto-merged`, `combined: 1 conflict`, or nil when the
    /// path is not merged as text.
    static func mergeSummary(_ plan: Plan, _ path: String) -> String? {
        if let merge = plan.merge(at: path) {
            let hunks = merge.hunks.count
            return "\(hunks) \(hunks == 1 ? "hunk" : "hunks"): \(merge.conflictCount) "
                + "\(merge.conflictCount == 1 ? "conflict" : "conflicts"), \(merge.autoMergedCount) auto-merged"
        }
        if let combined = plan.initFile(at: path) {
            let conflicts = combined.hunks.count
            return "combined: \(conflicts) \(conflicts == 1 ? "conflict" : "conflicts")"
        }
        return nil
    }

    private static func writeJSON(_ plan: Plan, to sink: inout some ByteSink) {
        let scan = plan.scan
        let counts = countedClasses.map { "\(MoveReport.quoted($0.rawValue)): \(scan.counts[$0] ?? 0)" }
        sink.write("{\n  \"counts\": {" + counts.joined(separator: ", ") + "},\n")
        let files = scan.notable.map { file in
            let flags = file.flags.names.map(MoveReport.quoted).joined(separator: ", ")
            return "{\"path\": \(MoveReport.quoted(file.path)), \"class\": \(MoveReport.quoted(file.fileClass.rawValue)), "
                + "\"flags\": [\(flags)]\(mergeFields(plan, file.path))}"
        }
        sink.write("  \"files\": " + array(files, indent: "    ") + ",\n")
        let problems = plan.problems.map { "{\"path\": \(MoveReport.quoted($0.path)), \"message\": \(MoveReport.quoted($0.message))}" }
        sink.write("  \"problems\": " + array(problems, indent: "    ") + ",\n")
        let moved = plan.movedModules.map { moved in
            let module = plan.workspace.targetPackage.map { "\($0).\(moved.targetModule)" } ?? moved.targetModule.description
            return "{\"path\": \(MoveReport.quoted(moved.path)), \"target\": \(MoveReport.quoted(moved.targetPath)), "
                + "\"module\": \(MoveReport.quoted(module)), \"reason\": \(MoveReport.quoted(moved.reason))}"
        }
        sink.write("  \"moved\": " + array(moved, indent: "    ") + ",\n")
        let layout = plan.layout.pathMoves.map { "{\"from\": \(MoveReport.quoted($0.from)), \"to\": \(MoveReport.quoted($0.to))}" }
            + plan.layout.newInitFiles.map { "{\"new\": \(MoveReport.quoted($0))}" }
        sink.write("  \"layout\": " + array(layout, indent: "    ") + ",\n")
        var proposals = ByteBuffer()
        MoveReport.write(plan.proposals, json: true, to: &proposals)
        sink.write("  \"proposals\": ")
        proposals.bytes.removeLast()
        sink.write(proposals.bytes[...])
        sink.write("\n}\n")
    }

    private static func mergeFields(_ plan: Plan, _ path: String) -> String {
        if let merge = plan.merge(at: path) {
            return ", \"hunks\": \(merge.hunks.count), \"conflicts\": \(merge.conflictCount), "
                + "\"auto-merged\": \(merge.autoMergedCount), \"base\": \(baseText(merge.base))"
        }
        if let combined = plan.initFile(at: path) {
            return ", \"hunks\": \(combined.hunks.count), \"conflicts\": \(combined.hunks.count), "
                + "\"auto-merged\": 0, \"combined\": true, \"base\": \(baseText(combined.base))"
        }
        return ""
    }

    private static func baseText(_ base: MergeBaseState) -> String {
        switch base {
        case .none: "null"
        case .found(let origin): MoveReport.quoted(origin)
        case .missing: "null"
        }
    }

    private static func array(_ items: [String], indent: String) -> String {
        items.isEmpty ? "[]" : "[\n\(indent)" + items.joined(separator: ",\n\(indent)") + "\n  ]"
    }
}
