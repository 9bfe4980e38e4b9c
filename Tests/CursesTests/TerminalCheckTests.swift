import Curses
import Testing

/// Why the interface refuses a terminal, in the order a user fixes it, one line each.
@Suite struct TerminalCheckTests {
    @Test func aTerminalOnBothEndsComesFirst() {
        #expect(TerminalCheck.problem(inputIsTerminal: false, outputIsTerminal: false, term: "xterm")
                == "the interface needs a terminal, and standard input and output are not one")
        #expect(TerminalCheck.problem(inputIsTerminal: true, outputIsTerminal: false, term: nil)
                == "the interface needs a terminal, and standard output is not one")
        #expect(TerminalCheck.problem(inputIsTerminal: false, outputIsTerminal: true, term: "xterm")
                == "the interface needs a terminal, and standard input is not one")
    }

    @Test func thenAUsableTerm() {
        #expect(TerminalCheck.problem(inputIsTerminal: true, outputIsTerminal: true, term: nil)
                == "TERM is not set, so the terminal's type is unknown")
        #expect(TerminalCheck.problem(inputIsTerminal: true, outputIsTerminal: true, term: "")
                == "TERM is not set, so the terminal's type is unknown")
        #expect(TerminalCheck.problem(inputIsTerminal: true, outputIsTerminal: true, term: "dumb") == "TERM=dumb cannot move the cursor")
        #expect(TerminalCheck.problem(inputIsTerminal: true, outputIsTerminal: true, term: "xterm-256color") == nil)
        #expect(TerminalCheck.problem(term: "vt52x", terminfoStatus: 1)
                == "TERM=vt52x is not a terminal type this system knows (no terminfo entry)")
        #expect(TerminalCheck.problem(term: "lpr", terminfoStatus: 2) == "TERM=lpr cannot move the cursor (its terminfo entry has no cup)")
        #expect(TerminalCheck.problem(term: "xterm", terminfoStatus: 0) == nil)
    }

    @Test func thenSixtyBySixteenAtLeast() {
        #expect(TerminalCheck.problem(columns: 59, rows: 40) == "the terminal is 59×40; the interface needs at least 60×16")
        #expect(TerminalCheck.problem(columns: 100, rows: 15) == "the terminal is 100×15; the interface needs at least 60×16")
        #expect(TerminalCheck.problem(columns: 60, rows: 16) == nil)
        #expect(TerminalCheck.problem(columns: 0, rows: 0) == nil, "an unknown size is checked again after newterm")
    }

    @Test func theMessageSaysWhatToRunInstead() {
        let error = TerminalUnavailable(reason: "TERM=dumb cannot move the cursor", instead: TerminalCheck.migrationAlternative)
        #expect(error.description == "TERM=dumb cannot move the cursor; use 'converge scan SOURCE TARGET' to see the plan and 'converge apply' to apply it")
    }
}
