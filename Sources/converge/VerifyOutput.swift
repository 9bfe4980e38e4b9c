import DiffCore
import Migration

/// The report of `converge verify`: each failure as `path:line: what`, the kept
/// old-name references as `path:line: kept: what`, then one summary line; or one JSON
/// object `{"passed", "summary": {check: count}, "findings": […], "kept": […]}` whose
/// entries have the keys `path`, `line`, `check`, `message`.
enum VerifyOutput {
    static func write(_ report: VerifyReport, json: Bool, to sink: inout some ByteSink) {
        let counts = Dictionary(grouping: report.findings, by: \.check).mapValues(\.count)
        let summary = VerifyFinding.Check.allCases.compactMap { check in counts[check].map { (check.rawValue, $0) } }
        guard json else {
            for finding in report.findings { sink.write("\(finding)\n") }
            for finding in report.kept { sink.write("\(finding.path):\(finding.line): kept: \(finding.message) (a rejected proposal)\n") }
            let kept = report.kept.isEmpty ? "" : ", \(report.kept.count) old name(s) kept"
            if report.passed {
                sink.write("verify: every check holds\(kept)\n")
            } else {
                let parts = summary.map { "\($0.1) \($0.0)" }.joined(separator: ", ")
                sink.write("verify: \(report.findings.count) problem(s): \(parts)\(kept)\n")
            }
            return
        }
        let object = { (finding: VerifyFinding) in
            "{\"path\": \(MoveReport.quoted(finding.path)), \"line\": \(finding.line), "
                + "\"check\": \(MoveReport.quoted(finding.check.rawValue)), \"message\": \(MoveReport.quoted(finding.message))}"
        }
        let list = { (findings: [VerifyFinding]) in
            findings.isEmpty ? "[]" : "[\n    " + findings.map(object).joined(separator: ",\n    ") + "\n  ]"
        }
        let counted = summary.map { "\(MoveReport.quoted($0.0)): \($0.1)" }.joined(separator: ", ")
        sink.write("{\n  \"passed\": \(report.passed),\n  \"summary\": {\(counted)},\n")
        sink.write("  \"findings\": \(list(report.findings)),\n  \"kept\": \(list(report.kept))\n}\n")
    }
}
