import MergeUI
import Migration
import Testing

/// The Tree screen driven by keys on the demo plan, asserting after every key (lazygit's
/// integration tests, at the level of the pure model).
///
/// The demo's tree, all shown: 74 files and the `tests/` folder, 75 rows; `strategy.py`
/// is row 60, `tests/` row 61; a body of 27 rows leaves 26 for the list at 100×30.
@Suite struct TreeScenarioTests {
    /// The name of the row under the cursor.
    static func selected(_ state: AppState) -> String? {
        state.tree.selectedRow.map { state.tree.rows[$0].name }
    }

    /// A demo state on the Tree screen with the cursor on the row named `name`.
    static func state(on name: String) -> AppState {
        var state = DemoFixture.state()
        state.bodyRows = AppView.bodyRows(height: 30)
        while selected(state) != name {
            let before = state.tree.cursor
            _ = state.handle(.down)
            precondition(state.tree.cursor != before, "no row named \(name)")
        }
        return state
    }

    @Test func movingScrollsTheListWithTheCursor() {
        var state = DemoFixture.state()
        state.bodyRows = AppView.bodyRows(height: 30)
        #expect(state.tree.visible.count == 75)
        ListScreen.press(.character("j"), &state)
        #expect(state.tree.cursor == 1 && Self.selected(state) == "api_handlers.py")
        ListScreen.press(.up, &state)
        #expect(state.tree.cursor == 0)
        ListScreen.press(.character("k"), &state)
        #expect(state.tree.cursor == 0 && state.tree.list.scroll == 0)
        ListScreen.press(.character("G"), &state)
        #expect(state.tree.cursor == 74 && state.tree.list.scroll == 49 && Self.selected(state) == "websocket_events.py")
        ListScreen.press(.home, &state)
        #expect(state.tree.cursor == 0 && state.tree.list.scroll == 0)
        ListScreen.press(.pageDown, &state)
        #expect(state.tree.cursor == 25 && state.tree.list.scroll == 25)
        ListScreen.press(.control("d"), &state)
        #expect(state.tree.cursor == 50 && state.tree.list.scroll == 49)
        ListScreen.press(.pageUp, &state)
        #expect(state.tree.cursor == 25 && state.tree.list.scroll == 24)
        let screen = DemoFixture.render(state)
        #expect(ListScreen.body(screen)[1] == " A comprehensive_volatility_model.py                                     copy")
        #expect(screen[0, 2 + 25 - 24].style.isSelected)
    }

    @Test func theFilterCyclesThroughTheClassesAndKeepsTheCursorNear() {
        var state = Self.state(on: "strategy.py")
        #expect(state.tree.cursor == 60)
        let shown: [(TreeFilter, Int, String)] = [
            (.sourceOnly, 53, "enhanced_vwap_tracker.py"), (.conflict, 6, "__init__.py"),
            (.targetOnly, 14, "chart_data.py"), (.same, 4, "constants.py"), (.moved, 1, "regime_signals.py"),
            (.all, 75, "regime_signals.py"),
        ]
        for (filter, count, name) in shown {
            ListScreen.press(.character("f"), &state)
            #expect(state.tree.filter == filter)
            #expect(state.tree.visible.count == count, "\(filter)")
            #expect(Self.selected(state) == name, "\(filter)")
            #expect(state.status?.text == "showing \(filter.title)")
        }
    }

    @Test func enterFoldsAndUnfoldsAFolder() {
        var state = Self.state(on: "tests")
        #expect(state.tree.cursor == 61)
        ListScreen.press(.enter, &state)
        #expect(state.tree.visible.count == 67 && state.tree.cursor == 61)
        ListScreen.press(.character("j"), &state)
        #expect(Self.selected(state) == "ui_bridge.py")
        ListScreen.press(.character("k"), &state)
        ListScreen.press(.enter, &state)
        #expect(state.tree.visible.count == 75 && Self.selected(state) == "tests")
        ListScreen.press(.character("j"), &state)
        #expect(Self.selected(state) == "__init__.py" && state.tree.rows[state.tree.selectedRow!].depth == 1)
    }

    @Test func searchMovesAsYouTypeAndStepsThroughMatches() {
        var state = DemoFixture.state()
        ListScreen.press(.character("/"), &state)
        #expect(state.prompt == Prompt(.search))
        ListScreen.type("str", &state)
        // `constants.py` has no "str"; the first match from the top is comprehensive_straddle_engine.py.
        #expect(Self.selected(state) == "comprehensive_straddle_engine.py" && state.tree.matches.count == 4)
        ListScreen.type("at", &state)
        #expect(Self.selected(state) == "strategy.py" && state.tree.searchText == "strat" && state.tree.matches.count == 2)
        ListScreen.press(.enter, &state)
        #expect(state.prompt == nil && state.tree.searchText == "strat")
        ListScreen.press(.control("n"), &state)
        #expect(Self.selected(state) == "test_strategy.py" && state.tree.matchNumber == 2)
        ListScreen.press(.control("n"), &state)
        #expect(Self.selected(state) == "strategy.py" && state.tree.matchNumber == 1)
        ListScreen.press(.control("p"), &state)
        #expect(Self.selected(state) == "test_strategy.py")
        let screen = DemoFixture.render(state)
        #expect(ListScreen.body(screen)[0].hasSuffix("filter: all   /strat 2/2"))
        ListScreen.press(.escape, &state)
        #expect(state.tree.searchText.isEmpty && state.tree.matches.isEmpty)
        ListScreen.press(.control("n"), &state)
        #expect(state.status?.text == "no match" && Self.selected(state) == "test_strategy.py")
    }

    @Test func searchUnfoldsTheFolderThatHidesTheMatch() {
        var state = Self.state(on: "tests")
        ListScreen.press(.enter, &state)
        #expect(state.tree.folded.contains(61))
        ListScreen.press(.character("/"), &state)
        ListScreen.type("ui_b", &state)
        #expect(Self.selected(state) == "test_ui_bridge.py" && !state.tree.folded.contains(61))
        ListScreen.press(.backspace, &state)
        ListScreen.press(.backspace, &state)
        ListScreen.press(.backspace, &state)
        ListScreen.press(.backspace, &state)
        #expect(Self.selected(state) == "tests" && state.prompt?.text == "")
    }

    @Test func conflictOverridesAreRecordedAndTheSameKeyTakesThemBack() {
        var state = Self.state(on: "strategy.py")
        #expect(ListScreen.press(.character("t"), &state) == [.saveSession])
        #expect(state.session.decision(forFile: "strategy.py") == .takeTarget && state.status?.text == "strategy.py: take target")
        #expect(ListScreen.press(.character("t"), &state) == [.saveSession])
        #expect(state.session.decision(forFile: "strategy.py") == nil && state.status?.text == "strategy.py: back to merge")
        ListScreen.press(.character("s"), &state)
        #expect(state.session.decision(forFile: "strategy.py") == .takeSource)
        ListScreen.press(.character("d"), &state)
        #expect(state.session.decision(forFile: "strategy.py") == .skip)
        ListScreen.press(.character("m"), &state)
        #expect(state.session.decision(forFile: "strategy.py") == nil)
        #expect(ListScreen.press(.character("m"), &state) == [])
        #expect(state.status?.text == "strategy.py: merge already")
        #expect(ListScreen.press(.character("u"), &state) == [.saveSession])
        #expect(state.session.decision(forFile: "strategy.py") == .skip)
        ListScreen.press(.character("u"), &state)
        #expect(state.session.decision(forFile: "strategy.py") == .takeSource)
        ListScreen.press(.control("r"), &state)
        #expect(state.session.decision(forFile: "strategy.py") == .skip)
        let row = ListScreen.body(DemoFixture.render(state))[state.tree.cursor - state.tree.list.scroll + 1]
        #expect(row == " B strategy.py                                                           skip         was merge")
    }

    @Test func overridesThatMakeNoSenseForTheClassAreRefused() {
        var state = Self.state(on: "api_handlers.py")
        #expect(ListScreen.press(.character("s"), &state) == [])
        #expect(state.status?.text == "a source-only file (A) is copied from the source already; d skips it")
        #expect(ListScreen.press(.character("t"), &state) == [])
        #expect(ListScreen.press(.character("m"), &state) == [])
        ListScreen.press(.character("d"), &state)
        #expect(state.session.decision(forFile: "api_handlers.py") == .skip && state.status?.text == "api_handlers.py: skip")
        ListScreen.press(.character("d"), &state)
        #expect(state.session.decision(forFile: "api_handlers.py") == nil && state.status?.text == "api_handlers.py: back to copy")
        ListScreen.press(.character("j"), &state)
        #expect(ListScreen.press(.character("t"), &state) == [])
        #expect(state.status?.text == "a target-only file (C) is kept as it is: nothing to choose")
        #expect(state.session.decisions.files.isEmpty)
    }

    @Test func aMovedModuleCanBeCopiedAfterAll() {
        var state = Self.state(on: "regime_signals.py")
        #expect(ListScreen.press(.character("d"), &state) == [])
        #expect(state.status?.text == "a moved module is mapped, not copied: s copies it after all")
        ListScreen.press(.character("s"), &state)
        #expect(state.session.decision(forFile: "regime_signals.py") == .copy)
        let row = ListScreen.body(DemoFixture.render(state))[state.tree.cursor - state.tree.list.scroll + 1]
        #expect(row == " M regime_signals.py → regime_detection.py                               copy         was map")
        ListScreen.press(.character("u"), &state)
        #expect(state.session.decision(forFile: "regime_signals.py") == nil)
    }

    @Test func enterOnAConflictOpensTheMergeView() {
        var state = Self.state(on: "api_handlers.py")
        ListScreen.press(.enter, &state)
        #expect(state.screen == .tree && state.merge == nil)
        #expect(state.status?.text == "only conflict files (B) open in the merge view")
        state = Self.state(on: "strategy.py")
        ListScreen.press(.enter, &state)
        #expect(state.screen == .merge && state.merge?.path == "strategy.py")
    }

    @Test func aFolderHasNoDecisionOfItsOwn() {
        var state = Self.state(on: "tests")
        #expect(ListScreen.press(.character("t"), &state) == [])
        #expect(state.status?.text == "choose a file: a folder has no decision of its own")
    }

    @Test func anEmptyPlanShowsAHintAndEveryKeyIsHarmless() throws {
        var state = AppState(plan: try TreeScaleTests.syntheticPlan(files: 0))
        for key in [Key.character("j"), .character("G"), .pageDown, .enter, .character("t"), .character("f"), .character("l"),
                    .character("/"), .character("x"), .enter, .control("n"), .character("2"), .character("n"), .character("c"),
                    .enter, .character("1")] {
            ListScreen.press(key, &state)
            #expect(state.tree.cursor == 0 && state.conflicts.cursor == 0)
        }
        #expect(state.session.decisions.isEmpty && state.screen == .tree)
        #expect(ListScreen.body(DemoFixture.render(state, width: 60, height: 16))[1] == " no files here: f shows another class")
        state.screen = .conflicts
        #expect(ListScreen.body(DemoFixture.render(state, width: 60, height: 16))[1]
            == " no conflict files: every file is copied, kept or the same")
    }
}
