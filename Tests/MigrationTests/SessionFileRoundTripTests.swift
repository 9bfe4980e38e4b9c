import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// Every decision comes back from the session file exactly as it was saved.
@Suite struct SessionFileRoundTripTests {
    @Test func everyDecisionKindRoundTrips() throws {
        let folder = try TemporaryFolder()
        let file = SessionFixture.file(folder.path)
        let session = SessionFixture.everyDecision
        try file.save(session)
        let loaded = try #require(try file.load())
        #expect(loaded.decisions == session.decisions)
        #expect(!loaded.canUndo)
        for (n, decision) in SessionFixture.hunkDecisions.enumerated() {
            #expect(loaded.decision(for: SessionFixture.hunk(n)) == decision)
        }
    }

    @Test func editedBytesAreExactEvenWhenNotUTF8() throws {
        let file = SessionFixture.file("/nowhere")
        for bytes: [UInt8] in [[0xFF], [0x0D], [0x0D, 0x0A, 0x0A, 0x0D], [0xEF, 0xBB, 0xBF, 0x41], [0xC3, 0x28]] {
            var session = Session()
            session.decide(SessionFixture.hunk(1), .edited(bytes))
            let loaded = try file.decode(try file.encode(session))
            #expect(loaded.decision(for: SessionFixture.hunk(1)) == .edited(bytes))
        }
    }

    @Test func theFileIsVersionedSortedAndReadable() throws {
        let file = SessionFixture.file("/nowhere")
        var session = Session()
        session.decide(file: "z.py", .skip)
        session.decide(file: "a.py", .takeTarget)
        session.decide(SessionFixture.hunk(1), .edited(Array("a\r\n".utf8)))
        let text = String(decoding: try file.encode(session), as: UTF8.self)
        #expect(text.contains("\"version\" : 1"))
        #expect(text.contains("\"source\" : \"backtester_v2/market_regime\""))
        #expect(text.contains("\"edited\" : \"a\\r\\n\""))
        let a = try #require(text.range(of: "\"a.py\""))
        let z = try #require(text.range(of: "\"z.py\""))
        #expect(a.lowerBound < z.lowerBound)
        #expect(text.hasSuffix("}\n"))
        // Saving the same decisions twice gives the same bytes.
        #expect(try file.encode(session) == file.encode(session.matched(
            hunks: [SessionFixture.hunk(1)], proposals: [], files: ["a.py", "z.py"]).session))
    }

    @Test func noFileMeansNoSessionYet() throws {
        let folder = try TemporaryFolder()
        #expect(try SessionFixture.file(folder.path).load() == nil)
    }
}
