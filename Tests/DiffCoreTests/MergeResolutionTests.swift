import DiffCore
import Testing

/// A merge written with a person's choice per region (`MergeOutput.resolved`): every
/// choice, the line end added between joined sides, CRLF markers in a two-way merge,
/// and the pieces that say where each side's lines landed.
@Suite struct MergeResolutionTests {
    func merge(base: String, target: String, source: String) throws -> MergeResult {
        try ThreeWayMerge.merge(base: LineText(base), target: LineText(target), source: LineText(source))
    }

    func conflictIndex(_ result: MergeResult) throws -> Int {
        try #require(result.regions.firstIndex { $0.isConflict })
    }

    @Test(arguments: [
        (RegionResolution.target, "a\nT\nz\n"), (.source, "a\nS\nz\n"), (.base, "a\nB\nz\n"),
        (.targetThenSource, "a\nT\nS\nz\n"), (.sourceThenTarget, "a\nS\nT\nz\n"), (.text(Array("E\r\n".utf8)), "a\nE\r\nz\n"),
        (.merged, "a\n<<<<<<< target\nT\n=======\nS\n>>>>>>> source\nz\n"),
    ]) func everyChoiceOfAConflict(choice: RegionResolution, expected: String) throws {
        let result = try merge(base: "a\nB\nz\n", target: "a\nT\nz\n", source: "a\nS\nz\n")
        let conflict = try conflictIndex(result)
        let (bytes, _) = MergeOutput(result).resolved { $0 == conflict ? choice : .merged }
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test func joinedSidesNeverShareALine() throws {
        let result = try merge(base: "a\nB", target: "a\nT", source: "a\nS")
        let conflict = try conflictIndex(result)
        let (bytes, _) = MergeOutput(result).resolved { $0 == conflict ? .targetThenSource : .merged }
        #expect(String(decoding: bytes, as: UTF8.self) == "a\nT\nS")
    }

    @Test func twoWayMarkersOfCRLFFilesAreCRLF() throws {
        let result = try merge(base: "", target: "a\r\nT\r\nz\r\n", source: "a\r\nS\r\nz\r\n")
        let (bytes, _) = MergeOutput(result).resolved { _ in .merged }
        #expect(String(decoding: bytes, as: UTF8.self) == "a\r\n<<<<<<< target\r\nT\r\n=======\r\nS\r\n>>>>>>> source\r\nz\r\n")
    }

    @Test func piecesSayWhereEachSidesLinesLanded() throws {
        let result = try merge(base: "a\nB\nz\n", target: "a\nT\nz\n", source: "a\nS\nz\n")
        let conflict = try conflictIndex(result)
        let (bytes, pieces) = MergeOutput(result).resolved { $0 == conflict ? .sourceThenTarget : .merged }
        for piece in pieces {
            let text = piece.side == .target ? result.target : piece.side == .source ? result.source : result.base
            let range = text.byteRange(ofLines: piece.lines)
            #expect(Array(bytes[piece.offset..<(piece.offset + range.count)]) == Array(text.bytes[range]))
        }
        #expect(pieces.map(\.side) == [.target, .source, .target, .target])
    }
}
