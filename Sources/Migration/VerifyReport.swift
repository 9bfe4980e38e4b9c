/// The outcome of `converge verify`'s checks: the failures, and the old-name
/// references left on purpose, which are listed but do not fail.
public struct VerifyReport: Sendable {
    /// Every failure, sorted by path and line.
    public var findings: [VerifyFinding]
    /// References to old module names that rejected proposals kept, sorted.
    public var kept: [VerifyFinding]

    public init(findings: [VerifyFinding] = [], kept: [VerifyFinding] = []) {
        self.findings = findings.sorted()
        self.kept = kept.sorted()
    }

    /// Every check holds.
    public var passed: Bool { findings.isEmpty }

    /// Adds the findings of another (dynamic) check.
    public mutating func add(_ more: [VerifyFinding]) { findings = (findings + more).sorted() }
}
