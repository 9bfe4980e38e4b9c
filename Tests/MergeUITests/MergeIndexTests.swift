@testable import MergeUI
import Testing

/// The result index (a Fenwick tree) answers as a plain running sum would, after any
/// updates, zero-line regions included.
@Suite struct MergeIndexTests {
    /// A small deterministic generator (xorshift), so a failure repeats.
    struct Numbers {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test func prefixSumsAndLineLookupsMatchARunningSum() {
        var numbers = Numbers()
        for size in [0, 1, 2, 7, 64, 257] {
            var counts = (0..<size).map { _ in numbers.next(3) == 0 ? 0 : numbers.next(6) }
            var index = MergeResultIndex(counts: counts)
            for _ in 0..<40 {
                if size > 0 {
                    let region = numbers.next(size)
                    counts[region] = numbers.next(4)
                    index.set(region, count: counts[region])
                }
                var sum = 0
                for region in 0..<size {
                    #expect(index.prefix(region) == sum)
                    for offset in 0..<counts[region] {
                        let found = index.region(atLine: sum + offset)
                        #expect(found.region == region && found.offset == offset)
                    }
                    sum += counts[region]
                }
                #expect(index.totalLines == sum)
                #expect(index.region(atLine: sum).region == size, "past the end")
            }
        }
    }
}
