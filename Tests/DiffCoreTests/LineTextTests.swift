import ConvergeTestSupport
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

@Suite struct LineScannerTests {
    /// Line ends as a byte-by-byte split finds them, on bytes that cross the scanner's
    /// blocks, hold runs of newlines within one word, lines longer than the 64 bytes the
    /// scanner reads at a time, and end without a newline.
    @Test(arguments: [0, 1, 2])
    func splitsAsAByteLoopDoes(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        var bytes: [UInt8] = []
        while bytes.count < 200_000 {
            let kind = random.next() % 8
            let length = Int(random.next() % (kind < 2 ? 3 : kind == 2 ? 300 : 60))
            bytes += (0..<length).map { _ in UInt8(32 + random.next() % 90) } + [0x0A]
        }
        bytes += Array("tail".utf8.prefix(Int(seed)))
        let text = try LineText(bytes)
        var ends: [UInt32] = []
        for (index, byte) in bytes.enumerated() where byte == 0x0A { ends.append(UInt32(index + 1)) }
        if ends.last != UInt32(bytes.count) { ends.append(UInt32(bytes.count)) }
        #expect(text.lineEnds == ends)
    }
}
