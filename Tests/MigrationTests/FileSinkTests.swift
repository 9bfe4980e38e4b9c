import ConvergeTestSupport
import Foundation
import Testing
@testable import Migration

/// The file sink copies small pieces itself (a word at a time) and large ones with
/// `memcpy`, flushing at 64 KiB: every size and every boundary must come out whole.
@Suite struct FileSinkTests {
    /// Pieces of `sizes`, each of distinct bytes, written through `AtomicFile`; the file
    /// must equal their concatenation.
    private func roundTrip(_ sizes: [Int]) throws {
        let folder = try TemporaryFolder("converge-sink")
        let path = try folder.write("out", "")
        var expected: [UInt8] = []
        var seed: UInt8 = 1
        let pieces: [[UInt8]] = sizes.map { size in
            (0..<size).map { _ in
                seed = seed &* 31 &+ 7
                return seed
            }
        }
        try AtomicFile.replace(path) { sink in
            for piece in pieces {
                piece.withUnsafeBytes { sink.write($0) }
                expected += piece
            }
        }
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == expected)
    }

    @Test func everySmallSizeComesOutWhole() throws {
        try roundTrip(Array(0...40) + Array((0...40).reversed()))
    }

    @Test func piecesAcrossTheBufferBoundaryAndLargerThanIt() throws {
        // 3,000 pieces of 29 bytes cross the 64 KiB buffer once; then one piece larger
        // than the buffer is written directly, between buffered ones.
        try roundTrip(Array(repeating: 29, count: 3_000) + [3, 70_000, 5, 65_536, 65_535, 1])
    }
}
