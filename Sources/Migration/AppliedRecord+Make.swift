import PythonSource

/// Building the record of an apply from what it computed.
extension AppliedRecord {
    /// The record of applying `operations` (made from `outcome` of `plan`, with `session`
    /// and `options`), with SOURCE and TARGET root-relative.
    ///
    /// A proposal the apply did not write keeps its old name on purpose; its place is
    /// where its text is after the apply: in the file written from its file (a copied
    /// source file lands in TARGET, a layout rule moves a file), on the line nearest its
    /// old one that still holds its text. One whose text the merge dropped is gone.
    public static func make(plan: Plan, outcome: Outcome, session: Session, options: OutcomeOptions,
                            operations: ApplyOperations, backup: String, source: String, target: String) -> AppliedRecord {
        var writes: [String: [UInt8]] = [:]
        for operation in operations.operations {
            if case .write(let bytes, _) = operation.action { writes[operation.path] = bytes }
        }
        let byOrigin = Dictionary(outcome.files.map { ($0.origin, $0) }, uniquingKeysWith: { first, _ in first })
        func place(_ path: String) -> String {
            if let relative = PlanBuilder.relative(path, under: target), let file = byOrigin[relative] {
                return "\(target)/\(file.path)"
            }
            if let relative = PlanBuilder.relative(path, under: source), let file = byOrigin[relative] {
                switch file.content {
                case .copy, .write: return "\(target)/\(file.path)"
                case .keep, .rewrite: return path
                }
            }
            return path
        }
        var kept = Set<String>()
        for proposal in plan.proposals where !isWritten(proposal, session: session, options: options) {
            let path = place(proposal.path)
            if let bytes = writes[path] {
                if let line = nearestLine(holding: proposal.before, in: bytes, near: proposal.line) { kept.insert("\(path):\(line)") }
            } else {
                kept.insert("\(path):\(proposal.line)")
            }
        }
        return AppliedRecord(backup: backup, source: source, target: target,
                             oldModules: Array(Set(plan.moves.moves.map(\.old.description))).sorted(),
                             kept: kept.sorted(), written: writes.keys.sorted())
    }

    /// Whether the apply wrote `proposal`: the same rule the outcome follows.
    static func isWritten(_ proposal: Proposal, session: Session, options: OutcomeOptions) -> Bool {
        options.accepts(proposal, in: session)
    }

    /// The line (from 1) nearest `near` whose text contains `text`; nil when none does.
    static func nearestLine(holding text: String, in bytes: [UInt8], near: Int) -> Int? {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, !needle.contains(0x0A) else { return needle.isEmpty ? nil : near }
        var best: Int?
        var line = 1, start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A {
            if contains(bytes[start..<index], needle), best.map({ abs(line - near) < abs($0 - near) }) ?? true { best = line }
            line += 1
            start = index + 1
        }
        return best
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }
}
