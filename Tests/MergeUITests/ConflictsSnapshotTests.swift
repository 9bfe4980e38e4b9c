import MergeUI
import Migration
import Testing

/// The Conflicts screen rendered into the in-memory screen: text and style snapshots
/// (see `ListScreen.legend`) at 100×30 and 60×16.
@Suite struct ConflictsSnapshotTests {
    @Test func theDemoConflictsAt100x30() {
        var state = DemoFixture.state()
        ListScreen.press(.character("2"), &state)
        let screen = DemoFixture.render(state, width: 100, height: 30)
        expectLines(ListScreen.body(screen), """
             5 files   6 unresolved conflicts   1 to review
             __init__.py                                             combine  0 conflicts  auto-merged: review
             excel_config_parser.py                                  merge    5 hunks      unresolved 2
             strategy.py                                             merge    7 hunks      unresolved 2
             tests/test_excel_config_parser.py                       merge    2 hunks      unresolved 1
             tests/test_strategy.py                                  merge    2 hunks      unresolved 1
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .t.........u........................v
            #########################################################DDDDDDD##DDDDDDDDDDD##VVVVVVVVVVVVVVVVVVV##
            .........................................................ddddd....ddddddd......uuuuuuuuuuuu
            .........................................................ddddd....ddddddd......uuuuuuuuuuuu
            .........................................................ddddd....ddddddd......uuuuuuuuuuuu
            .........................................................ddddd....ddddddd......uuuuuuuuuuuu
            """)
    }

    /// One file taken from the target, one resolved, `__init__.py` reviewed, "excel"
    /// searched: a long path loses its start, not its name.
    @Test func decidedAndSearchedAt60x16() {
        var state = DemoFixture.state()
        state.bodyRows = AppView.bodyRows(height: 16)
        ListScreen.press(.character("2"), &state)
        state.change(SessionChange([.file("strategy.py", .takeTarget)]))
        let merge = DemoFixture.plan.merge(at: "tests/test_strategy.py")!
        state.change(SessionChange(merge.hunks.map { .hunk($0.key, .source) }))
        state.change(SessionChange([.confirmation("__init__.py", true)]))
        ListScreen.press(.character("/"), &state)
        ListScreen.type("excel", &state)
        ListScreen.press(.enter, &state)
        let screen = DemoFixture.render(state, width: 60, height: 16)
        expectLines(ListScreen.body(screen), """
             5 files   3 unresolved conflicts   0 to review   /excel 1/2
             __init__.py                  combine  reviewed
             excel_config_parser.py       merge    unresolved 2
             strategy.py                  merge    take target
             …test_excel_config_parser.py merge    unresolved 1
             tests/test_strategy.py       merge    resolved
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .t.........u........................r.............dsssssdddd
            ..............................ddddddd..rrrrrrrr
            #SSSSS########################DDDDD####UUUUUUUUUUUU#########
            .ddddddddddd..................ddddd....wwwwwwwwwww
            .......sssss..................ddddd....uuuuuuuuuuuu
            ..............................ddddd....rrrrrrrr
            """)
    }
}
