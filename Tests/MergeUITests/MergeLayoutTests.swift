import MergeUI
import Migration
import Testing

/// Layout rules of the merge view: how many panes, scrolling sideways, wide characters,
/// tabs, and the marks on hunks (indentation, changed words, the current hunk).
@Suite struct MergeLayoutTests {
    /// The row of `screen` that holds `text`.
    static func row(_ screen: Screen, containing text: String) -> Int? {
        screen.textLines.firstIndex { $0.contains(text) }
    }

    @Test func threePanesFromOneHundredTwentyColumnsTwoBelowOrWithoutABase() {
        let withBase = MergeFixture.plan(base: "a\nb\n", target: "a\nc\n", source: "a\nd\n")
        let wide = DemoFixture.render(MergeFixture.open(plan: withBase, width: 120), width: 120)
        #expect(wide.textLines[2].hasPrefix(" base") && wide.textLines[2].contains("target") && wide.textLines[2].contains("source"))
        let narrow = DemoFixture.render(MergeFixture.open(plan: withBase, width: 119), width: 119)
        #expect(narrow.textLines[2].hasPrefix(" target"))
        #expect(narrow.textLines[2].contains("source (no room for the base)"))
        let twoWay = MergeFixture.plan(base: nil, target: "a\nc\n", source: "a\nd\n")
        let noBase = DemoFixture.render(MergeFixture.open(plan: twoWay, width: 200), width: 200)
        #expect(noBase.textLines[2].hasPrefix(" target"))
        #expect(noBase.textLines[2].contains("source (no base)"))
        #expect(!noBase.textLines[2].contains("base "))
    }

    @Test func shorterSidesArePaddedWithFillerRowsSoHunksStayAligned() throws {
        let plan = MergeFixture.plan(base: "a\nz\n", target: "a\nb\nc\nd\nz\n", source: "a\ne\nz\n")
        let screen = DemoFixture.render(MergeFixture.open(plan: plan))
        expectLines(MergeFixture.lines(screen, 3..<9), """
             1 a                                              │1 a
            >── conflict 1 of 1 · unresolved ───────────────────────────────────────────────────────────────────
            >2 b                                              │2 e
            >3 c                                              │~
            >4 d                                              │~
             5 z                                              │3 z
            """)
        let filler = try #require(Self.row(screen, containing: "3 c"))
        #expect(screen[52, filler].style == CellStyle(.diffFiller))
    }

    @Test func panesScrollSidewaysByEightColumns() {
        let long = "0123456789abcdefghijklmnopqrstuvwxyz"
        let plan = MergeFixture.plan(base: nil, target: long + "T\n", source: long + "S\n")
        var state = MergeFixture.open(plan: plan)
        #expect(DemoFixture.render(state).textLines[4].hasPrefix(">1 0123456789abcdefghijklmnopqrstuvwxyzT"))
        MergeFixture.press(&state, "l")
        #expect(state.merge!.column == 8)
        #expect(DemoFixture.render(state).textLines[4].hasPrefix(">1 89abcdefghijklmnopqrstuvwxyzT"))
        MergeFixture.press(&state, "l", "h", "h", "h")
        #expect(state.merge!.column == 0)
        #expect(DemoFixture.render(state).textLines[4].hasPrefix(">1 0123"))
    }

    @Test func wideCharactersTakeTwoColumnsAndKeepThePanesAligned() {
        let plan = MergeFixture.plan(base: nil, target: "名前 = '漢字'\n", source: "名前 = '漢字です'\n")
        var state = MergeFixture.open(plan: plan)
        var screen = DemoFixture.render(state)
        #expect(screen.textLines[4] == ">1 名前 = '漢字'                                  │1 名前 = '漢字です'")
        #expect(screen[50, 4].text == "│", "the border stays in its column")
        let changed = (0..<100).filter { screen[$0, 4].style == CellStyle(.diffChangedWord) }.map { screen[$0, 4].text }.joined()
        #expect(changed == "です", "the words only the source has")
        let cut = MergeFixture.plan(base: nil, target: "abcdefg漢字x\n", source: "abcdefg漢字y\n")
        state = MergeFixture.open(plan: cut)
        MergeFixture.press(&state, "l")
        screen = DemoFixture.render(state)
        // Column 8 is the second half of 漢: that half shows as a space.
        #expect(screen.textLines[4].hasPrefix(">1  字x "))
        #expect(screen[50, 4].text == "│")
    }

    @Test func tabsExpandToStopsOfEight() {
        let plan = MergeFixture.plan(base: nil, target: "\tx = 1\n", source: "ab\tx = 2\n")
        let screen = DemoFixture.render(MergeFixture.open(plan: plan))
        #expect(screen.textLines[4].hasPrefix(">1         x = 1"))
        #expect(screen.textLines[4].contains("│1 ab      x = 2"))
    }

    @Test func aHunkThatOnlyChangesIndentationIsMarked() throws {
        let plan = MergeFixture.plan(base: "if x:\n  y()\n", target: "if x:\n    y()\n", source: "if x:\n\ty()\n")
        let state = MergeFixture.open(plan: plan)
        #expect(state.merge!.hunks.map(\.changesIndentOnly) == [true])
        let screen = DemoFixture.render(state)
        let header = try #require(Self.row(screen, containing: "indent only"))
        #expect(screen.textLines[header].hasPrefix(">── conflict 1 of 1 · unresolved indent only ──"))
        let word = try #require(screen.textLines[header].range(of: "indent only"))
        let column = screen.textLines[header].distance(from: screen.textLines[header].startIndex, to: word.lowerBound)
        #expect(screen[column, header].style == CellStyle(.indentWarning))
        #expect(screen[1, header].style == CellStyle(.conflictCurrent))
        let real = MergeFixture.plan(base: "if x:\n  y()\n", target: "if x:\n    y()\n", source: "if x:\n  z()\n")
        #expect(MergeFixture.open(plan: real).merge!.hunks.map(\.changesIndentOnly) == [false])
    }

    @Test func scrollingMovesTheRowsAndTheCurrentHunkFollowsTheView() {
        var state = MergeFixture.open("strategy.py")
        #expect(state.merge!.currentHunk != 0)
        MergeFixture.press(&state, "g")
        #expect(DemoFixture.render(state).textLines[3].hasPrefix("  1 "))
        #expect(state.merge!.currentHunk == 0, "the first hunk in view becomes current when the old one leaves it")
        MergeFixture.press(&state, "j")
        #expect(DemoFixture.render(state).textLines[3].hasPrefix("  2 "))
        MergeFixture.press(&state, "k", "k")
        #expect(DemoFixture.render(state).textLines[3].hasPrefix("  1 "))
        MergeFixture.press(&state, "G")
        #expect(state.merge!.currentHunk! > 0)
        let panes = DemoFixture.render(state).textLines[3..<20]
        #expect(panes.contains { $0.hasPrefix(">──") }, "the current hunk's header is in view")
        #expect(panes.last?.isEmpty == false, "the last page is full")
    }
}
