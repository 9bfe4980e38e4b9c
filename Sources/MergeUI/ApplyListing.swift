import Migration

/// The rows of the Apply list: the verify report and the rollback's paths when there
/// are any (few, made per frame), then the preview's rows (made once per set of decisions).
struct ApplyListing {
    let results: [ApplyLine]
    let preview: [ApplyLine]

    init(state: AppState, preview: ApplyPreview) {
        var results: [ApplyLine] = []
        if let report = state.apply.report { results += Self.lines(of: report) }
        if let paths = state.apply.rolledBack {
            results.append(ApplyLine(heading: "Rolled back (\(paths.count))", role: .title))
            results += paths.map { ApplyLine(action: "restored", text: $0, role: .text) }
        }
        if !results.isEmpty {
            results.append(ApplyLine(heading: state.apply.applied == nil ? "What p applies:" : "What the apply did:", role: .dim))
        }
        self.results = results
        self.preview = preview.lines
    }

    var count: Int { results.count + preview.count }

    subscript(row: Int) -> ApplyLine {
        row < results.count ? results[row] : preview[row - results.count]
    }

    /// `Verify: passed` or `Verify: 3 problems`, each `check  path:line: message`, then the
    /// old names kept on purpose (rejected rewrites), which do not fail.
    static func lines(of report: VerifyReport) -> [ApplyLine] {
        let problems = report.findings.count
        var lines = [ApplyLine(heading: report.passed ? "Verify: passed" : "Verify: \(problems) problem\(problems == 1 ? "" : "s")",
                               role: report.passed ? .conflictResolved : .error)]
        lines += report.findings.map { ApplyLine(action: "problem", text: "\($0)  (\($0.check.rawValue))", role: .error) }
        if !report.kept.isEmpty {
            lines.append(ApplyLine(heading: "Old names kept on purpose (rejected rewrites) (\(report.kept.count))", role: .dim))
            lines += report.kept.map { ApplyLine(action: "kept", text: $0.description, role: .dim) }
        }
        return lines
    }
}
