import MergeUI
import Migration
import Testing

/// What a search matches: ASCII letters in either case, everything else as typed, and
/// the highlight lands on whole characters, wide ones included.
@Suite struct TreeSearchTests {
    @Test func asciiLettersMatchInEitherCaseOtherLettersAsTyped() {
        let needle = ListCursor.Needle("Strat")
        #expect(needle.range(in: "test_STRATEGY.py") == 5..<10)
        #expect(ListCursor.Needle("é").range(in: "modèle_é.py") == 8..<10)
        #expect(ListCursor.Needle("É").range(in: "modèle_é.py") == nil)
        #expect(ListCursor.Needle("").range(in: "anything") == nil)
        #expect(ListCursor.Needle("longer than the name").range(in: "name") == nil)
    }

    @Test func splitCutsAroundTheFirstMatch() throws {
        let (before, match, after) = try #require(ListCursor.Needle("字_M").split("漢字_module.py"))
        #expect(before == "漢" && match == "字_m" && after == "odule.py")
    }

    @Test func aWideNameIsFoundAndHighlightedOnItsCells() {
        var state = AppState(plan: TreeFixture.plan)
        ListScreen.press(.character("/"), &state)
        ListScreen.type("字_m", &state)
        #expect(state.tree.selectedRow.map { state.tree.rows[$0].name } == "漢字_module.py")
        let screen = DemoFixture.render(state, width: 60, height: 16)
        let row = 2 + state.tree.cursor
        #expect(screen.text(row: row, from: 0, to: 17) == " A 漢字_module.py")
        // "漢" at columns 3-4, the match "字_m" at 5-8, selected.
        #expect(ListScreen.bodyStyles(screen)[row - 1].prefix(12) == "#A###SSSS###")
        #expect(ListScreen.status(screen) == "/字_m")
    }
}
