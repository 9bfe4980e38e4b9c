@testable import Curses
import MergeUI
import Testing

/// A window made smaller than 60×16 while the interface runs shows why, not a cut view.
@Suite struct CursesTerminalFittingTests {
    @Test func aScreenThatFitsIsShownAsItIs() {
        var screen = Screen(width: 60, height: 16)
        screen.put("converge", x: 0, y: 0)
        #expect(CursesTerminal.fitting(screen) == screen)
    }

    @Test func aSmallerScreenSaysWhyInsteadAcrossRows() {
        var screen = Screen(width: 30, height: 10)
        screen.put("converge", x: 0, y: 0)
        let shown = CursesTerminal.fitting(screen)
        #expect(Array(shown.textLines.prefix(4)) == [
            "the terminal is 30×10; the",
            "interface needs at least",
            "60×16: make the window larger",
            "",
        ])
        #expect(shown[0, 0].style == CellStyle(.warning))
    }
}
