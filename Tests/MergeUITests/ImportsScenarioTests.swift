@testable import MergeUI
import Migration
import Testing

/// Keys on the Imports screen of the demo, asserting after every key (lazygit's style):
/// decisions go through the session as one undo step per key, the defaults show, flags
/// are refused, and what shows as accepted is what the outcome writes.
@Suite struct ImportsScenarioTests {
    @Test func spaceTogglesTheProposalAndTellsADecisionFromTheDefault() throws {
        var state = demoState(on: .imports)
        search("regime_signals", in: &state)
        let proposal = try currentProposal(state)
        #expect(proposal.path == "backtester_v2/market_regime/api_handlers.py" && !proposal.isOptional)
        #expect(selectedRows(state).first?.hasPrefix("     4 - from .regime_signals import trend_strength  ") == true)
        #expect(selectedRows(state).first?.hasSuffix("  accept (default)") == true)

        #expect(press(" ", &state) == [.saveSession])
        #expect(state.session.decision(for: proposal.key) == .reject)
        #expect(selectedRows(state).first?.hasSuffix("rejected") == true)
        #expect(state.status?.text == "rejected backtester_v2/market_regime/api_handlers.py:4")
        #expect(!OutcomeOptions().accepts(proposal, in: state.session))

        #expect(press(" ", &state) == [.saveSession])
        #expect(state.session.decision(for: proposal.key) == .accept)
        #expect(selectedRows(state).first?.hasSuffix("accepted") == true)

        _ = press("u", &state)
        #expect(state.session.decision(for: proposal.key) == .reject)
        _ = press("u", &state)
        #expect(state.session.decision(for: proposal.key) == nil)
        #expect(selectedRows(state).first?.hasSuffix("accept (default)") == true)
    }

    /// The optional absolute form and the relative rewrite edit the same bytes: accepting
    /// one rejects the other in the same step, so the session never holds a pair the
    /// apply would refuse.
    @Test func acceptingAnAlternativeRejectsTheProposalItOverlaps() throws {
        var state = demoState(on: .imports)
        search("regime_signals", in: &state)
        let relative = try currentProposal(state)
        _ = press("j", &state)
        let absolute = try currentProposal(state)
        #expect(absolute.isOptional && absolute.after == "backtester_v2.strategies.market_regime.regime_detection")
        #expect(selectedRows(state).first?.hasSuffix("off (optional)") == true)

        #expect(press(" ", &state) == [.saveSession])
        #expect(state.session.decision(for: absolute.key) == .accept)
        #expect(state.session.decision(for: relative.key) == .reject)
        #expect(state.status?.text == "accepted backtester_v2/market_regime/api_handlers.py:4; "
                + "rejected the overlapping .regime_signals → .regime_detection")

        _ = press("u", &state)
        #expect(state.session.decisions.proposals.isEmpty)
    }

    @Test func acceptAndRejectAllOfAKindAreOneUndoStepEach() {
        var state = demoState(on: .imports)
        let code = DemoFixture.plan.proposals.filter { $0.kind == .code }
        #expect(state.imports.current == .everyKind(0))
        #expect(totalsLine(state) == "23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags")

        #expect(press("R", &state) == [.saveSession])
        #expect(code.allSatisfy { state.session.decision(for: $0.key) == .reject })
        #expect(state.status?.text == "rejected 13 in every code proposal")
        #expect(totalsLine(state) == "23 proposals in 9 files  ✓ 5 accepted  ✗ 16 rejected  ! 2 flags")

        #expect(press("A", &state) == [.saveSession])
        #expect(code.allSatisfy { state.session.decision(for: $0.key) == ($0.isOptional ? .reject : .accept) })
        #expect(state.status?.text == "accepted 10 in every code proposal; 3 overlapping alternatives left as they were")
        #expect(totalsLine(state) == "23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags")

        _ = press("u", &state)
        #expect(code.allSatisfy { state.session.decision(for: $0.key) == .reject })
        _ = press("u", &state)
        #expect(state.session.decisions.proposals.isEmpty)
        #expect(totalsLine(state) == "23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags")
    }

    @Test func aFileHeaderDecidesTheFileAndAKindHeaderItsKind() {
        var state = demoState(on: .imports)
        search("server/app/api/routes/analysis", in: &state)
        _ = press("k", &state)
        #expect(state.imports.current == .group(file: 5, group: 0))
        #expect(selectedRows(state).first?.hasPrefix("  ▾ code (3)") == true)
        _ = press("R", &state)
        #expect(state.status?.text == "rejected 3 in code in server/app/api/routes/analysis.py")
        _ = press("k", &state)
        #expect(selectedRows(state).first?.hasPrefix("▾ server/app/api/routes/analysis.py") == true)
        #expect(selectedRows(state).first?.hasSuffix("✓0 ✗3 !1") == true)
        _ = press("A", &state)
        #expect(state.status?.text == "accepted 3 in server/app/api/routes/analysis.py; 1 flag left as reported")
        #expect(selectedRows(state).first?.hasSuffix("✓3 ✗0 !1") == true)
        _ = press("u", &state)
        #expect(selectedRows(state).first?.hasSuffix("✓0 ✗3 !1") == true)
    }

    @Test func aFlagShowsItsReasonAndCannotBeAccepted() throws {
        var state = demoState(on: .imports)
        search("LegacyMarket", in: &state)
        let flag = try currentProposal(state)
        #expect(flag.kind == .flag)
        let rows = selectedRows(state)
        #expect(rows.first?.hasSuffix("flag") == true)
        #expect(rows.last?.hasPrefix("       ! backtester_v2.strategies/__init__ now imports its own child") == true)

        #expect(press(" ", &state) == [])
        #expect(state.status == StatusLine("a flag cannot be accepted: \(flag.reason)", isError: true))
        _ = press("k", &state)
        #expect(press("A", &state) == [])
        #expect(state.status?.text == "nothing to decide in flag in backtester_v2/strategies/__init__.py: flags cannot be accepted")
        #expect(state.session.decisions.proposals.isEmpty)
    }

    /// After keys of every kind, each proposal's row says accepted exactly when
    /// `OutcomeOptions().accepts` does, and the totals count the same.
    @Test func whatShowsAsAcceptedIsWhatTheOutcomeWrites() {
        var state = demoState(on: .imports, height: 80)
        expectRowsMatchTheOutcome(state)
        _ = press("j", &state)
        _ = press("j", &state)
        _ = press("j", &state)
        _ = press("A", &state)  // every docs proposal
        expectRowsMatchTheOutcome(state)
        search("regime_signals", in: &state)
        _ = press("j", &state)
        _ = press(" ", &state)  // the optional alternative
        expectRowsMatchTheOutcome(state)
        search("config.yaml", in: &state)
        _ = press(" ", &state)
        expectRowsMatchTheOutcome(state)
    }

    /// With `kinds = ["code"]` in converge.toml, config and code-string proposals start off.
    @Test func theDefaultsFollowTheAcceptedKinds() {
        var state = DemoFixture.state()
        state.outcomeOptions = OutcomeOptions(acceptedKinds: [.code])
        state.bodyRows = AppView.bodyRows(height: 80)
        _ = press("4", &state)
        #expect(totalsLine(state) == "23 proposals in 9 files  ✓ 10 accepted  ✗ 11 rejected  ! 2 flags")
        search("config.yaml", in: &state)
        #expect(selectedRows(state).first?.hasSuffix("off (default)") == true)
        expectRowsMatchTheOutcome(state)
        _ = press(" ", &state)
        #expect(selectedRows(state).first?.hasSuffix("accepted") == true)
        expectRowsMatchTheOutcome(state)
    }

    @Test func enterFoldsAndUnfoldsAFile() {
        var state = demoState(on: .imports)
        search("docs/market_regime", in: &state)
        _ = press("k", &state)
        _ = press("k", &state)
        let rows = state.imports.rowCount
        _ = press(.enter, &state)
        #expect(state.imports.rowCount == rows - 7)
        #expect(selectedRows(state).first?.hasPrefix("▸ docs/market_regime.md") == true)
        _ = press(.enter, &state)
        #expect(state.imports.rowCount == rows)
        #expect(selectedRows(state).first?.hasPrefix("▾ docs/market_regime.md") == true)
    }

    @Test func searchGoesToMatchesUnfoldingTheirGroup() throws {
        var state = demoState(on: .imports)
        search("docs/market_regime", in: &state)
        _ = press("k", &state)
        _ = press("k", &state)
        _ = press(.enter, &state)
        _ = press("g", &state)
        search("docs", in: &state)
        #expect(try currentProposal(state).line == 3)
        #expect(selectedRows(state).first?.contains("backtester_v2/market_regime") == true)
        _ = press(.control("n"), &state)
        #expect(try currentProposal(state).line == 6)
        _ = press(.control("n"), &state)
        #expect(try currentProposal(state).line == 10)
        _ = press(.control("n"), &state)
        #expect(try currentProposal(state).line == 3)
        _ = press(.control("p"), &state)
        #expect(try currentProposal(state).line == 10)
        search("no such text", in: &state)
        _ = press(.control("n"), &state)
        #expect(state.status?.text == "no proposal matches no such text")
        #expect(totalsLine(state).hasSuffix("/no such text"))
        _ = press(.escape, &state)
        #expect(state.imports.searchText.isEmpty && !totalsLine(state).contains("/"))
        _ = press(.control("n"), &state)
        #expect(state.status?.text == "no search yet; / searches")
    }

    @Test func longTextScrollsSidewaysAndEnterOutsideAConflictFileSaysSo() {
        var state = demoState(on: .imports)
        search("regime_detection", in: &state)
        _ = press("j", &state)
        let whole = "       + from backtester_v2.strategies.market_regime.regime_detection import trend_strength"
        #expect(selectedRows(state).last == whole)
        _ = press("l", &state)
        #expect(selectedRows(state).last == "       + ktester_v2.strategies.market_regime.regime_detection import trend_strength")
        _ = press("h", &state)
        _ = press("h", &state)
        #expect(selectedRows(state).last == whole)
        _ = press(.enter, &state)
        #expect(state.screen == .imports)
        #expect(state.status?.text == "backtester_v2/market_regime/api_handlers.py is not a conflict file; space decides the proposal")
    }
}

/// Presses one key and returns its effects.
@discardableResult
func press(_ key: Key, _ state: inout AppState) -> [Effect] { state.handle(key) }

func press(_ character: Character, _ state: inout AppState) -> [Effect] { state.handle(.character(character)) }

/// Types `/text` and Enter.
func search(_ text: String, in state: inout AppState) {
    _ = press("/", &state)
    for character in text { _ = press(character, &state) }
    _ = press(.enter, &state)
}

/// The proposal under the cursor.
func currentProposal(_ state: AppState) throws -> Proposal {
    guard case .proposal(_, _, let index) = state.imports.current else {
        throw CurrentEntryIsNotAProposal(entry: state.imports.current)
    }
    return state.plan.proposals[index]
}

struct CurrentEntryIsNotAProposal: Error {
    let entry: ImportsEntry?
}

/// The rows of the selected entry on a 100×30 screen (trailing blanks dropped).
func selectedRows(_ state: AppState) -> [String] {
    let screen = DemoFixture.render(state)
    let lines = screen.textLines
    return (0..<screen.height).filter { screen[0, $0].style.isSelected }.map { lines[$0] }
}

/// The Imports body's first line.
func totalsLine(_ state: AppState) -> String {
    DemoFixture.render(state).textLines[1]
}

/// Renders every row (the state must fit on a 100×80 screen) and checks each proposal's
/// status against the outcome's rule (`OutcomeOptions.accepts` with the state's options),
/// and the totals against a count of it.
func expectRowsMatchTheOutcome(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
    let screen = DemoFixture.render(state, width: 100, height: 80)
    let lines = screen.textLines
    let imports = state.imports
    var accepted = 0
    for (position, entry) in imports.entries.enumerated() {
        guard case .proposal(_, _, let index) = entry else { continue }
        let proposal = state.plan.proposals[index]
        let line = lines[2 + imports.rowStarts[position]]
        let accepts = state.outcomeOptions.accepts(proposal, in: state.session)
        let shown = line.hasSuffix("accepted") || line.hasSuffix("accept (default)")
        #expect(shown == accepts, "\(proposal.path):\(proposal.line) \(proposal.after): \(line)", sourceLocation: sourceLocation)
        if accepts { accepted += 1 }
    }
    #expect(lines[1].contains("✓ \(accepted) accepted"), sourceLocation: sourceLocation)
}
