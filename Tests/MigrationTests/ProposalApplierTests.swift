import Migration
import Testing

/// Applying proposals is a pure edit of bytes that refuses overlapping ranges.
@Suite struct ProposalApplierTests {
    func proposal(_ range: Range<Int>, _ after: String, kind: ProposalKind = .code) -> Proposal {
        Proposal(path: "a.py", line: 1, range: range, before: "", after: after, kind: kind, reason: "test")
    }

    @Test func replacesRangesInAnyOrderAndKeepsTheRest() throws {
        let bytes = Array("abcdef".utf8)
        let result = try ProposalApplier.apply([proposal(4..<5, "E"), proposal(0..<1, "AA")], to: bytes)
        #expect(result == Array("AAbcdEf".utf8))
    }

    @Test func flagsAreNeverWritten() throws {
        let result = try ProposalApplier.apply([proposal(0..<1, "X", kind: .flag)], to: Array("abc".utf8))
        #expect(result == Array("abc".utf8))
    }

    @Test func overlappingRangesAreRefused() {
        #expect(throws: ProposalOverlap.self) {
            try ProposalApplier.apply([proposal(0..<3, "X"), proposal(2..<4, "Y")], to: Array("abcdef".utf8))
        }
    }

    @Test func adjacentRangesAreFine() throws {
        let result = try ProposalApplier.apply([proposal(0..<2, "X"), proposal(2..<4, "Y")], to: Array("abcdef".utf8))
        #expect(result == Array("XYef".utf8))
    }
}
