@testable import Curses
import MergeUI
import Testing

/// The depth the backend draws at: the themes' detection, capped at ncurses' palette.
@Suite struct CursesDepthTests {
    @Test func depthFollowsNoColorAndTheColourCountUpTo256() {
        #expect(CursesTerminal.depth(noColor: "1", colors: 256) == .none)
        #expect(CursesTerminal.depth(noColor: "", colors: 256) == .indexed256, "an empty NO_COLOR does not count")
        #expect(CursesTerminal.depth(noColor: "", colors: 16_777_216) == .indexed256, "direct colour goes through the palette")
        #expect(CursesTerminal.depth(noColor: "", colors: 88) == .sixteen)
        #expect(CursesTerminal.depth(noColor: "", colors: 8) == .eight)
        #expect(CursesTerminal.depth(noColor: "", colors: -1) == .none)
    }
}
