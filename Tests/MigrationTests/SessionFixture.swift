import Migration

/// A session with every kind of decision, and the file it is kept in.
enum SessionFixture {
    static let migration = SessionMigration(
        source: "backtester_v2/market_regime", target: "backtester_v2/strategies/market_regime")

    static func file(_ root: String) -> SessionFile {
        SessionFile(projectRoot: root, migration: migration)
    }

    static func hunk(_ n: Int, path: String = "strategy.py", occurrence: Int = 0) -> HunkKey {
        HunkKey(path: path, fingerprint: HunkKey.fingerprint(parts: [Array("hunk \(n)".utf8)]), occurrence: occurrence)
    }

    /// Every hunk decision, including edited text that is CRLF, not UTF-8, empty, and
    /// decomposed Unicode (which must not come back composed).
    static let hunkDecisions: [HunkDecision] = [
        .target, .source, .base, .targetThenSource, .sourceThenTarget,
        .edited(Array("x = 1\r\ny = 2\r\n".utf8)),
        .edited([0xFF, 0xFE, 0x78, 0x00, 0x0D, 0x0A, 0xC3]),
        .edited([]),
        .edited(Array("caf\u{65}\u{301}\n\u{0}\t\"\\/".utf8)),
    ]

    static var everyDecision: Session {
        var session = Session()
        var change: [SessionEdit] = []
        for (n, decision) in hunkDecisions.enumerated() { change.append(.hunk(hunk(n), decision)) }
        change.append(.hunk(hunk(0, occurrence: 1), .source))
        for (n, decision) in FileDecision.allCases.enumerated() { change.append(.file("m\(n).py", decision)) }
        change.append(.proposal(ProposalKey(path: "server/app/api/routes/regime.py", line: 4,
            before: "backtester_v2.market_regime", after: "backtester_v2.strategies.market_regime"), .accept))
        change.append(.proposal(ProposalKey(path: "config.yaml", line: 9, before: "a", after: "b"), .reject))
        change.append(.confirmation("__init__.py", true))
        session.apply(SessionChange(change))
        return session
    }
}
