@testable import MergeUI
import Migration
import Testing

/// The Imports screen on plans the demo does not have: no proposals at all, and a
/// proposal inside a conflict file (Enter opens that file in the merge view).
@Suite struct ImportsEdgeTests {
    /// The demo plan with other proposals.
    static func demoPlan(proposals: [Proposal]) -> Plan {
        let plan = DemoFixture.plan
        return Plan(workspace: plan.workspace, scan: plan.scan, merges: plan.merges, initFiles: plan.initFiles, moves: plan.moves,
                    movedModules: plan.movedModules, layout: plan.layout, proposals: proposals, problems: plan.problems)
    }

    @Test func noProposalsSaysSoAndKeysChangeNothing() {
        var state = AppState(plan: Self.demoPlan(proposals: []))
        _ = press("4", &state)
        expectLines(Array(bodyLines(DemoFixture.render(state, width: 60, height: 16)).prefix(2)), """
            0 in 0 files  ✓ 0 accepted  ✗ 0 rejected  ! 0 flags
            No import rewrites: nothing names a moved module.
            """)
        for key: Key in [.character("j"), .character("G"), .enter, .character(" "), .character("R"), .character("A")] {
            #expect(state.handle(key) == [])
        }
        #expect(state.session.decisions.isEmpty)
        #expect(state.status?.text == "no proposals")
    }

    @Test func enterOnAProposalInAConflictFileOpensItsMerge() {
        let inStrategy = Proposal(path: "backtester_v2/strategies/market_regime/strategy.py", line: 1, range: 0..<0,
                                  before: "", after: "import os\n", kind: .code, reason: "a test proposal")
        var state = AppState(plan: Self.demoPlan(proposals: DemoFixture.plan.proposals + [inStrategy]))
        _ = press("4", &state)
        search("strategies/market_regime/strategy", in: &state)
        #expect(selectedRows(state) == ["     1 - " + String(repeating: " ", count: 75) + "accept (default)", "       + import os↵"])
        _ = press(.enter, &state)
        #expect(state.screen == .merge)
        #expect(state.merge?.path == "strategy.py")
    }
}
