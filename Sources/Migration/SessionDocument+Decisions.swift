extension SessionDocument {
    /// The decisions, after checking every entry: a session file may come from
    /// elsewhere, so a path that is absolute or climbs out with `..` is refused (the
    /// apply step would otherwise write outside the project), and so is a second
    /// decision for the same key. Throws a reason that names the entry.
    func decisions() throws(Refusal) -> SessionDecisionSet {
        var result = SessionDecisionSet()
        for (index, entry) in hunks.enumerated() {
            let name = "hunks[\(index)]"
            try Self.check(entry.path, name)
            guard entry.occurrence >= 0 else { throw Refusal("\(name): occurrence \(entry.occurrence) is negative") }
            let key = HunkKey(path: entry.path, fingerprint: entry.fingerprint, occurrence: entry.occurrence)
            guard result.hunks.updateValue(entry.decision, forKey: key) == nil else { throw Self.twice(name) }
        }
        for (index, entry) in files.enumerated() {
            let name = "files[\(index)]"
            try Self.check(entry.path, name)
            guard result.files.updateValue(entry.decision, forKey: entry.path) == nil else { throw Self.twice(name) }
        }
        for (index, entry) in proposals.enumerated() {
            let name = "proposals[\(index)]"
            try Self.check(entry.path, name)
            let key = ProposalKey(path: entry.path, line: entry.line, before: entry.before, after: entry.after)
            guard result.proposals.updateValue(entry.decision, forKey: key) == nil else { throw Self.twice(name) }
        }
        for (index, path) in confirmed.enumerated() {
            let name = "confirmed[\(index)]"
            try Self.check(path, name)
            guard result.confirmed.insert(path).inserted else { throw Self.twice(name) }
        }
        return result
    }

    /// Why a decoded document cannot be used, naming the entry.
    struct Refusal: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// Refuses a path that is empty, absolute, contains NUL, or has a `..` part.
    private static func check(_ path: String, _ name: String) throws(Refusal) {
        let quoted = "\(name): path \"\(path)\""
        if path.isEmpty { throw Refusal("\(name): empty path; refused") }
        if path.hasPrefix("/") { throw Refusal("\(quoted) is absolute; a session holds paths relative to the project; refused") }
        if path.utf8.contains(0) { throw Refusal("\(name): path contains a NUL byte; refused") }
        if path.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
            throw Refusal("\(quoted) climbs out with \"..\"; refused")
        }
    }

    private static func twice(_ name: String) -> Refusal {
        Refusal("\(name): a second decision for the same key")
    }
}
