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

@Suite struct LineTextShortLineTests {
    /// Texts of lines shorter than the scan's first guess (8 bytes a line) are split
    /// completely all the same.
    @Test(arguments: ["\n", "a\n", "\r\n", "abc\n"])
    func manyShortLines(_ line: String) throws {
        let text = try LineText(Array(String(repeating: line, count: 10_000).utf8))
        #expect(text.count == 10_000)
        #expect(text.lineEnds.last == UInt32(10_000 * line.utf8.count))
        #expect(Array(text.line(9_999)) == Array(line.utf8))
    }

    @Test func equalShortLinesGetOneId() throws {
        let text = try LineText(Array(String(repeating: "\n", count: 5_000).utf8) + Array("x".utf8))
        let interned = try InternedTexts([text])
        #expect(interned.classCount == 2)
        #expect(Set(interned.ids[0].dropLast()) == [0])
    }
}
