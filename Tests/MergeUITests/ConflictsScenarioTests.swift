import MergeUI
import Migration
import Testing

/// The Conflicts screen driven by keys on the demo plan, asserting after every key.
///
/// The demo's conflict files, in order: `__init__.py` (combined, no conflict),
/// `excel_config_parser.py` (2 conflicts of 5 hunks), `strategy.py` (2 of 7),
/// `tests/test_excel_config_parser.py` (1 of 2), `tests/test_strategy.py` (1 of 2).
@Suite struct ConflictsScenarioTests {
    static let paths = ["__init__.py", "excel_config_parser.py", "strategy.py",
                        "tests/test_excel_config_parser.py", "tests/test_strategy.py"]

    static func state() -> AppState {
        var state = DemoFixture.state()
        state.bodyRows = AppView.bodyRows(height: 30)
        _ = state.handle(.character("2"))
        return state
    }

    /// Every conflict of the merge at `path` decided as `decision`, as one change.
    static func decideConflicts(of path: String, _ decision: HunkDecision, in state: inout AppState) {
        let keys = DemoFixture.plan.merge(at: path)!.hunks.filter(\.isConflict).map(\.key)
        #expect(state.change(SessionChange(keys.map { .hunk($0, decision) })) == [.saveSession])
    }

    static func titles(_ state: AppState) -> [String] {
        state.conflicts.paths.map { state.conflictStatus($0).title }
    }

    @Test func listsTheConflictFilesWithTheirStates() {
        let state = Self.state()
        #expect(state.screen == .conflicts && state.conflicts.paths == Self.paths)
        #expect(Self.titles(state) == ["auto-merged: review", "unresolved 2", "unresolved 2", "unresolved 1", "unresolved 1"])
    }

    @Test func statesFollowTheSessionsDecisions() {
        var state = Self.state()
        Self.decideConflicts(of: "tests/test_strategy.py", .source, in: &state)
        #expect(Self.titles(state)[4] == "auto-merged: review")
        let merge = DemoFixture.plan.merge(at: "tests/test_strategy.py")!
        state.change(SessionChange(merge.hunks.filter { !$0.isConflict }.map { .hunk($0.key, .target) }))
        #expect(Self.titles(state)[4] == "resolved")
        state.change(SessionChange([.file("strategy.py", .takeTarget)]))
        #expect(Self.titles(state)[2] == "take target")
        ListScreen.press(.character("u"), &state)
        #expect(Self.titles(state)[2] == "unresolved 2")
        let body = ListScreen.body(DemoFixture.render(state))
        #expect(body[0] == " 5 files   5 unresolved conflicts   1 to review")
        #expect(body[5] == " tests/test_strategy.py                                  merge    2 hunks      resolved")
    }

    @Test func nextAndPreviousUnresolvedFileWrap() {
        var state = Self.state()
        #expect(state.conflicts.cursor == 0)
        for expected in [1, 2, 3, 4] {
            ListScreen.press(.character("n"), &state)
            #expect(state.conflicts.cursor == expected && state.status == nil)
        }
        ListScreen.press(.character("n"), &state)
        #expect(state.conflicts.cursor == 1 && state.status?.text == "from the top")
        ListScreen.press(.character("N"), &state)
        #expect(state.conflicts.cursor == 4 && state.status?.text == "from the bottom")
        state.change(SessionChange([.file("strategy.py", .takeSource)]))
        ListScreen.press(.character("N"), &state)
        #expect(state.conflicts.cursor == 3)
        ListScreen.press(.character("N"), &state)
        #expect(state.conflicts.cursor == 1)
        for path in ["excel_config_parser.py", "tests/test_excel_config_parser.py", "tests/test_strategy.py"] {
            Self.decideConflicts(of: path, .target, in: &state)
        }
        ListScreen.press(.character("n"), &state)
        #expect(state.conflicts.cursor == 1 && state.status?.text == "no unresolved conflicts left")
    }

    @Test func confirmMarksAnAutoMergedFileReviewedAndAgainTakesItBack() {
        var state = Self.state()
        #expect(ListScreen.press(.character("c"), &state) == [.saveSession])
        #expect(state.session.isConfirmed("__init__.py") && state.status?.text == "__init__.py: reviewed")
        #expect(Self.titles(state)[0] == "reviewed")
        #expect(ListScreen.press(.character("c"), &state) == [.saveSession])
        #expect(!state.session.isConfirmed("__init__.py") && Self.titles(state)[0] == "auto-merged: review")
        ListScreen.press(.character("u"), &state)
        #expect(state.session.isConfirmed("__init__.py"))
        ListScreen.press(.character("j"), &state)
        #expect(ListScreen.press(.character("c"), &state) == [])
        #expect(state.status?.text == "excel_config_parser.py: resolve its 2 unresolved conflicts first (Enter opens it)")
        Self.decideConflicts(of: "excel_config_parser.py", .target, in: &state)
        ListScreen.press(.character("c"), &state)
        #expect(state.session.isConfirmed("excel_config_parser.py") && Self.titles(state)[1] == "reviewed")
    }

    @Test func firstPathPrefersUnresolvedThenReviewThenTheFirst() {
        var state = Self.state()
        #expect(state.conflicts.firstPath(in: state) == "excel_config_parser.py")
        for path in Self.paths.dropFirst() { Self.decideConflicts(of: path, .target, in: &state) }
        #expect(state.conflicts.firstPath(in: state) == "__init__.py")
        for path in Self.paths { state.change(SessionChange([.confirmation(path, true)])) }
        #expect(state.conflicts.firstPath(in: state) == "__init__.py")
        ListScreen.press(.character("3"), &state)
        #expect(state.screen == .merge && state.merge?.path == "__init__.py")
    }

    @Test func enterOpensTheFileInTheMergeView() {
        var state = Self.state()
        ListScreen.press(.character("G"), &state)
        #expect(state.conflicts.cursor == 4)
        ListScreen.press(.enter, &state)
        #expect(state.screen == .merge && state.merge?.path == "tests/test_strategy.py")
    }

    @Test func searchFindsPathsAndStepsThroughThem() {
        var state = Self.state()
        ListScreen.press(.character("/"), &state)
        ListScreen.type("test_", &state)
        #expect(state.conflicts.cursor == 3 && state.conflicts.matches == [3, 4])
        ListScreen.press(.enter, &state)
        ListScreen.press(.control("n"), &state)
        #expect(state.conflicts.cursor == 4)
        ListScreen.press(.control("n"), &state)
        #expect(state.conflicts.cursor == 3)
        ListScreen.press(.character("g"), &state)
        ListScreen.press(.character("/"), &state)
        ListScreen.type("nothing", &state)
        #expect(state.conflicts.cursor == 0 && state.conflicts.matches.isEmpty)
        ListScreen.press(.escape, &state)
        ListScreen.press(.escape, &state)
        #expect(state.conflicts.searchText.isEmpty)
    }
}
