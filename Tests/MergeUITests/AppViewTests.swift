@testable import MergeUI
import Testing

/// The frame around every screen: tabs on top, the keys of the screen at the bottom.
@Suite struct AppViewTests {
    @Test func everyTabIsReadableAtSixtyColumns() {
        let narrow = DemoFixture.render(DemoFixture.state(), width: 60, height: 16)
        #expect(narrow.textLines[0] == " 1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply")
        let wide = DemoFixture.render(DemoFixture.state(), width: 100, height: 30)
        #expect(wide.textLines[0].hasPrefix(" converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply"))
        #expect(wide.textLines[0].hasSuffix("74 files"))
    }

    @Test func theActiveTabAndTheFooterComeFromTheCommandTable() {
        var state = DemoFixture.state()
        _ = state.handle(.character("4"))
        let screen = DemoFixture.render(state, width: 100, height: 30)
        let imports = screen.textLines[0].range(of: " 4 Imports ")!
        let column = screen.textLines[0].distance(from: screen.textLines[0].startIndex, to: imports.lowerBound)
        #expect(screen[column + 1, 0].style.role == .tabActive)
        #expect(screen[1, 0].style.role == .header)
        #expect(screen.textLines[29].hasPrefix("<space> accept/reject  A accept all in group  R reject all in group"))
    }

    @Test func theHelpOverlayListsTheScreensCommandsWithTheirKeys() {
        var state = DemoFixture.state()
        _ = state.handle(.character("3"))
        _ = state.handle(.character("?"))
        // Columns aligned with runs of spaces: compare with single spaces.
        let text = DemoFixture.render(state, width: 100, height: 30).textLines
            .map { $0.split(separator: " ").joined(separator: " ") }.joined(separator: "\n")
        for line in [" t take target", "<c-r> redo", " T rest of file from target", "q <c-c> quit"] {
            #expect(text.contains(line), "\(line)")
        }
        _ = state.handle(.escape)
        #expect(!state.showsHelp)
    }
}

extension AppViewTests {
    @Test func aHelpThatDoesNotFitScrollsWithJAndK() {
        var state = DemoFixture.state()
        _ = state.handle(.character("3"))
        _ = state.handle(.character("?"))
        let before = DemoFixture.render(state, width: 60, height: 16).textLines.joined(separator: "\n")
        #expect(before.contains("j/k scroll"))
        #expect(before.contains("General"))
        for _ in 0..<30 { _ = state.handle(.character("j")) }
        let after = DemoFixture.render(state, width: 60, height: 16).textLines.joined(separator: "\n")
        #expect(state.showsHelp)
        #expect(!after.contains("General"))
        #expect(after.contains("auto-advance on/off"))
        _ = state.handle(.character("x"))
        #expect(!state.showsHelp)
    }
}

extension AppViewTests {
    @Test func countsAreGroupedByThousands() {
        #expect(CountText.of(0) == "0")
        #expect(CountText.of(999) == "999")
        #expect(CountText.of(10_001) == "10,001")
        #expect(CountText.of(1_234_567) == "1,234,567")
    }
}
