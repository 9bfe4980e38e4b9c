@testable import DiffCore
import ConvergeTestSupport
import Testing

/// The interning table is sized from this estimate; a bad one would make it grow
/// (slower, more memory) or waste memory.
@Suite struct DistinctEstimateTests {
    @Test(arguments: [0, 1, 10, 1_000, 50_000, 400_000])
    func estimateIsWithinFivePercent(_ distinct: Int) {
        var random = SeededRandom(seed: UInt64(distinct) + 7)
        var values = Set<UInt32>()
        while values.count < distinct { values.insert(UInt32(truncatingIfNeeded: random.next())) }
        var estimate = DistinctEstimate()
        // Every value three times: repeats must not count.
        for _ in 0..<3 { estimate.add(Array(values)) }
        let error = abs(estimate.count - distinct)
        #expect(error <= max(1, distinct / 20), "estimated \(estimate.count) for \(distinct)")
    }
}
