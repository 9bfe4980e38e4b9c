import DiffCore
import Testing

@Suite struct LineTextTests {
    @Test func keepsTerminatorsAndMarksMissingFinalNewline() throws {
        let text = LineText("a\r\nb\rc\nlast")
        #expect(text.count == 3)
        #expect(Array(text.line(0)) == Array("a\r\n".utf8))
        #expect(Array(text.line(1)) == Array("b\rc\n".utf8), "a lone CR is not a terminator")
        #expect(Array(text.line(2)) == Array("last".utf8))
        #expect(!text.hasFinalNewline)
    }

    @Test func emptyTextHasNoLines() {
        let text = LineText("")
        #expect(text.count == 0)
        #expect(text.hasFinalNewline)
    }
}
