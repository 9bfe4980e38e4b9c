@testable import Migration
import Testing

/// The one reader of git's conflict markers, used by verify (marker lines) and by the
/// outcome of a combined `__init__.py` (each side's bytes).
@Suite struct ConflictMarkerFinderTests {
    @Test func blocksGiveTheirLinesAndEachSidesBytes() throws {
        let text = "a\n<<<<<<< target\nT\n||||||| base\nB\n=======\nS\n>>>>>>> source\nz\n<<<<<<< target\nX\n=======\n>>>>>>> source"
        let bytes = Array(text.utf8)
        let blocks = ConflictMarkerFinder.blocks(in: bytes)
        #expect(blocks.count == 2)
        let first = try #require(blocks.first), last = try #require(blocks.last)
        #expect([first.start, first.separator, first.end] == [2, 6, 8])
        #expect(String(decoding: bytes[first.target], as: UTF8.self) == "T\n")
        #expect(String(decoding: bytes[first.source], as: UTF8.self) == "S\n")
        #expect(String(decoding: bytes[first.whole], as: UTF8.self) == "<<<<<<< target\nT\n||||||| base\nB\n=======\nS\n>>>>>>> source\n")
        #expect(String(decoding: bytes[last.target], as: UTF8.self) == "X\n")
        #expect(last.source.isEmpty)
        #expect(last.whole.upperBound == bytes.count)
    }

    @Test func aLoneUnderlineIsNoBlock() {
        #expect(ConflictMarkerFinder.blocks(in: Array("Title\n=======\n\n>>>>>>> quoted\n".utf8)).isEmpty)
    }
}
