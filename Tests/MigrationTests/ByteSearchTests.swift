@testable import Migration
import Testing

/// `ByteSearch` finds the first occurrence inside the given range, with offsets into the
/// whole array.
@Suite struct ByteSearchTests {
    let bytes = Array("import pkg; import pkg.mod".utf8)

    @Test func findsTheFirstOccurrence() {
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: bytes) == 7..<10)
        #expect(ByteSearch.contains(Array("pkg.mod".utf8), in: bytes))
        #expect(!ByteSearch.contains(Array("pkg.other".utf8), in: bytes))
    }

    @Test func searchesOnlyInsideTheRange() {
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: bytes, range: 8..<bytes.count) == 19..<22)
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: bytes, range: 8..<21) == nil)
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: bytes, range: 19..<22) == 19..<22)
    }

    @Test func emptyNeedlesAndShortHaystacksFindNothing() {
        #expect(ByteSearch.firstRange(of: [], in: bytes) == nil)
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: []) == nil)
        #expect(ByteSearch.firstRange(of: Array("pkg".utf8), in: bytes, range: 7..<9) == nil)
    }
}
