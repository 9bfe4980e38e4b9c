@testable import MergeUI
import Migration
import Testing

/// The Apply screen of the demo with synthetic runner results: counts from the
/// outcome, undecided items block `p`, the confirm prompt, progress, the applied
/// summary with the verify report, failures, and the rollback.
@Suite struct ApplyScenarioTests {
    /// Every conflict hunk of the demo decided (target), so nothing blocks the apply.
    static func decidedSession() -> Session {
        var session = Session()
        session.apply(SessionChange(DemoFixture.plan.hunkKeys.map { .hunk($0, .target) }))
        return session
    }

    @Test func theCountsAreTheOutcomes() throws {
        let state = demoState(on: .apply)
        let preview = try #require(state.apply.preview)
        let outcome = Outcome(plan: DemoFixture.plan, session: state.session)
        #expect(preview.written == outcome.files.filter { if case .write = $0.content { true } else if case .rewrite = $0.content { true } else { false } }.count)
        #expect(preview.copied == outcome.files.filter { if case .copy = $0.content { true } else { false } }.count)
        #expect(preview.kept + preview.moved == outcome.files.filter { if case .keep = $0.content { true } else { false } }.count)
        #expect(preview.removed == outcome.removals.count)
        #expect(preview.outsideFiles == outcome.rewrites.count)
        #expect(preview.outsideRewrites == outcome.rewrites.values.map(\.count).reduce(0, +))
        #expect(preview.undecided == outcome.undecided)
        #expect(bodyLines(DemoFixture.render(state))[0]
                == "Dry run: \(preview.written) written · \(preview.copied) copied · \(preview.kept) kept · \(outcome.removals.count) removed · "
                + "\(outcome.rewrites.count) files outside the trees (\(preview.outsideRewrites) rewrites)")
    }

    @Test func somethingUndecidedKeepsPFromApplying() {
        var state = demoState(on: .apply)
        #expect(press("p", &state) == [])
        #expect(state.prompt == nil)
        #expect(state.status == StatusLine("6 undecided, nothing applied: excel_config_parser.py: line 24: conflict undecided; "
                                           + "excel_config_parser.py: line 33: conflict undecided; …", isError: true))
        #expect(state.apply.running == nil)
    }

    @Test func pAsksFirstAndOnlyYesApplies() {
        var state = demoState(on: .apply, session: Self.decidedSession())
        #expect(bodyLines(DemoFixture.render(state))[1] == "Ready: p applies (asks first) · 1 to review")
        #expect(press("p", &state) == [])
        #expect(state.prompt == Prompt(.confirmApply))
        #expect(press("n", &state) == [])
        #expect(state.prompt == nil && state.status?.text == "cancelled")
        #expect(press("p", &state) == [])
        #expect(press("y", &state) == [.apply])
        #expect(state.apply.running == .apply)
        #expect(bodyLines(DemoFixture.render(state))[1] == "applying…")
        #expect(press("p", &state) == [])
        #expect(state.status == StatusLine("wait: apply is still running", isError: true))
    }

    @Test func progressShowsAsABar() {
        var state = demoState(on: .apply, session: Self.decidedSession())
        _ = press("p", &state)
        _ = press("y", &state)
        #expect(state.receive(.applyProgress(done: 20, total: 80), for: .apply) == [])
        let screen = DemoFixture.render(state, width: 60, height: 16)
        let bar = bodyLines(screen)[1]
        #expect(bar == "applying  " + String(repeating: "█", count: 10) + String(repeating: "░", count: 33) + "  20/80")
        #expect(bodyStyles(screen)[1] == String(repeating: "u", count: 10) + String(repeating: "g", count: 10)
                + String(repeating: "d", count: 33) + String(repeating: "u", count: 7))
    }

    @Test func theAppliedSummaryThenTheVerifyReport() {
        var state = demoState(on: .apply, session: Self.decidedSession())
        _ = press("p", &state)
        _ = press("y", &state)
        _ = state.receive(.applyProgress(done: 80, total: 80), for: .apply)
        _ = state.receive(.applied(ApplySummary(backupID: "20261126T100000Z", written: 6, copied: 52, removed: 0)), for: .apply)
        #expect(state.apply.running == nil)
        #expect(state.status?.text == "applied; backup 20261126T100000Z · v verifies, r rolls back")
        #expect(bodyLines(DemoFixture.render(state))[1] == "Applied: 6 written · 52 copied · 0 removed · backup 20261126T100000Z")
        #expect(press("p", &state) == [])
        #expect(state.status?.text == "already applied (backup 20261126T100000Z); r rolls it back")

        #expect(press("v", &state) == [.verify])
        #expect(bodyLines(DemoFixture.render(state))[1] == "verifying…")
        let report = VerifyReport(
            findings: [VerifyFinding(path: "server/app/api/routes/strategy.py", line: 5, check: .unresolvedImport,
                                     message: "backtester_v2.strategies.market_regime.nope names no module")],
            kept: [VerifyFinding(path: "docs/market_regime.md", line: 3, check: .oldName, message: "backtester_v2.market_regime (rejected)")])
        _ = state.receive(.verified(report), for: .verify)
        #expect(state.status == StatusLine("verify found 1 problem", isError: true))
        expectLines(Array(bodyLines(DemoFixture.render(state)).prefix(8)), """
            Dry run: 5 written · 52 copied · 16 kept · 0 removed · 7 files outside the trees (14 rewrites)
            Applied: 6 written · 52 copied · 0 removed · backup 20261126T100000Z

            Verify: 1 problem
              problem   server/app/api/routes/strategy.py:5: backtester_v2.strategies.market_regime.nope names n
            Old names kept on purpose (rejected rewrites) (1)
              kept      docs/market_regime.md:3: backtester_v2.market_regime (rejected)
            What the apply did:
            """)
        _ = press("v", &state)
        _ = state.receive(.verified(VerifyReport()), for: .verify)
        #expect(state.status == StatusLine("verify passed"))
        #expect(bodyLines(DemoFixture.render(state))[3] == "Verify: passed")
    }

    @Test func aFailureSaysWhichTaskFailed() {
        var state = demoState(on: .apply, session: Self.decidedSession())
        _ = press("p", &state)
        _ = press("y", &state)
        _ = state.receive(.failed("backtester_v2/strategies/market_regime/strategy.py changed since the scan"), for: .apply)
        #expect(state.apply.running == nil)
        #expect(state.status?.isError == true)
        #expect(bodyLines(DemoFixture.render(state))[1]
                == "apply failed: backtester_v2/strategies/market_regime/strategy.py changed since the scan")
    }

    @Test func rollbackAsksFirstThenListsWhatCameBack() {
        var state = demoState(on: .apply, session: Self.decidedSession())
        _ = press("p", &state)
        _ = press("y", &state)
        _ = state.receive(.applied(ApplySummary(backupID: "20261126T100000Z", written: 6, copied: 52, removed: 0)), for: .apply)
        #expect(press("r", &state) == [])
        #expect(state.prompt == Prompt(.confirmRollback))
        #expect(press("n", &state) == [])
        #expect(state.apply.applied != nil)
        _ = press("r", &state)
        #expect(press("y", &state) == [.rollback])
        #expect(state.apply.running == .rollback)
        _ = state.receive(.applyProgress(done: 1, total: 2), for: .rollback)
        #expect(bodyLines(DemoFixture.render(state, width: 60, height: 16))[1].hasPrefix("rolling back  ████"))
        _ = state.receive(.rolledBack(["backtester_v2/strategies/market_regime/strategy.py", "server/app/api/routes/analysis.py"]), for: .rollback)
        #expect(state.status?.text == "rolled back 2 files")
        #expect(state.apply.applied == nil)
        expectLines(Array(bodyLines(DemoFixture.render(state)).prefix(7)), """
            Dry run: 5 written · 52 copied · 16 kept · 0 removed · 7 files outside the trees (14 rewrites)
            Rolled back: 2 files as the backup recorded them

            Rolled back (2)
              restored  backtester_v2/strategies/market_regime/strategy.py
              restored  server/app/api/routes/analysis.py
            What p applies:
            """)
        _ = press("p", &state)
        #expect(state.prompt == Prompt(.confirmApply))
    }

    /// An accepted rewrite in target lines the merge drops (the hunk taken from the
    /// source) cannot be placed: listed, and `p` refuses, as the runner would.
    @Test func aRewriteTheMergeDropsKeepsPFromApplying() throws {
        let plan = DemoFixture.plan
        let merge = try #require(plan.merge(at: "strategy.py"))
        let hunk = try #require(merge.hunks.first { $0.isConflict && !merge.result.regions[$0.region].target.isEmpty })
        let lines = merge.result.regions[hunk.region].target
        let start = merge.result.target.byteRange(ofLines: lines).lowerBound
        let path = try #require(plan.workspace.targetPrefix) + "/strategy.py"
        let bytes = try DemoFixture.folder.read(path)
        let dropped = Proposal(path: path, line: lines.lowerBound + 1, range: start..<(start + 1),
                               before: String(decoding: bytes[start..<(start + 1)], as: UTF8.self), after: "#", kind: .code,
                               reason: "a rewrite in lines the merge drops")
        var session = Self.decidedSession()
        session.decide(hunk.key, .source)
        var state = AppState(plan: ImportsEdgeTests.demoPlan(proposals: plan.proposals + [dropped]), session: session)
        state.bodyRows = AppView.bodyRows(height: 30)
        _ = press("5", &state)
        #expect(state.apply.preview?.outcome.unplacedRewrites == [dropped])
        let body = bodyLines(DemoFixture.render(state))
        #expect(body[1] == "1 rewrite cannot be placed: p refuses until it is rejected")
        #expect(body[3] == "Rewrites that cannot be placed (the merge dropped their lines) (1)")
        #expect(body[4].hasPrefix("  unplaced  \(path):\(lines.lowerBound + 1) "))
        #expect(press("p", &state) == [])
        #expect(state.prompt == nil)
        #expect(state.status == StatusLine("1 accepted rewrite cannot be placed, nothing applied: \(path):\(lines.lowerBound + 1); "
                                           + "reject them on the Imports screen", isError: true))
    }

    /// The preview is computed again after a decision changes, even one undone on this screen.
    @Test func thePreviewFollowsTheDecisions() throws {
        var state = demoState(on: .tree)
        let key = try #require(DemoFixture.plan.merges.flatMap(\.hunks).first(where: \.isConflict)?.key)
        _ = state.change(SessionChange([.hunk(key, .target)]))
        _ = press("5", &state)
        #expect(state.apply.preview?.undecided.count == 5)
        let first = state.apply.preview?.decisions
        _ = press("j", &state)
        #expect(state.apply.preview?.decisions == first)
        _ = press("u", &state)
        #expect(state.apply.preview?.undecided.count == 6)
        #expect(bodyLines(DemoFixture.render(state))[1] == "6 undecided: p refuses to apply until they are decided")
    }

    @Test func theListScrolls() {
        var state = demoState(on: .apply)
        let rows = ApplyView.listRows(bodyRows: state.bodyRows)
        #expect(bodyLines(DemoFixture.render(state))[3] == "Undecided: p applies only when they are decided (6)")
        _ = press("j", &state)
        #expect(bodyLines(DemoFixture.render(state))[3] == "  decide    excel_config_parser.py: line 24: conflict undecided")
        _ = press("G", &state)
        let count = ApplyView.listCount(state)
        #expect(state.apply.scroll == count - rows)
        #expect(bodyLines(DemoFixture.render(state)).last == "  rewrite   server/tests/test_routes.py  (1 rewrite)")
        _ = press("g", &state)
        #expect(state.apply.scroll == 0)
        _ = press("k", &state)
        #expect(state.apply.scroll == 0)
    }
}

extension ApplyScenarioTests {
    /// `l`/`h` scroll the list's text sideways, eight columns a press; the actions stay put.
    @Test func longListLinesScrollSideways() throws {
        var state = demoState(on: .apply, height: 16)
        let before = DemoFixture.render(state, width: 60, height: 16).textLines
        let row = try #require(before.firstIndex { $0.hasPrefix("  decide    excel_config_parser.py") })
        _ = state.handle(.character("l"))
        #expect(state.apply.column == 8)
        let after = DemoFixture.render(state, width: 60, height: 16).textLines
        #expect(after[row].hasPrefix("  decide    nfig_parser.py"))
        _ = state.handle(.character("h"))
        _ = state.handle(.character("h"))
        #expect(state.apply.column == 0)
        #expect(DemoFixture.render(state, width: 60, height: 16).textLines[row] == before[row])
    }
}
