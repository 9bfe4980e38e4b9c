import ConvergeTestSupport
import DiffCore
import Dispatch
import Testing

/// Splitting work across two threads must never change a result.
@Suite struct ConcurrencyTests {
    static let twoThreads = Concurrency { first, second in
        DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? first() : second() }
    }

    /// Code-like lines with blocks edited here and there: large enough (over 64k
    /// lines together) that the search splits across threads.
    static func text(seed: UInt64, lines: Int) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var bytes: [UInt8] = []
        var line = 0
        while line < lines {
            if random.next() % 200 == 0 {
                for _ in 0..<(random.next() % 8) { bytes += Array("    edited_\(random.next() % 1000)\n".utf8) }
            }
            bytes += Array(line % 7 == 0 ? "\n".utf8 : "    value_\(line) = compute(\(line % 13))\n".utf8)
            line += 1
        }
        return bytes
    }

    @Test(arguments: [false, true])
    func parallelSearchGivesTheSameChanges(minimal: Bool) throws {
        let old = try LineText(Self.text(seed: 1, lines: 40_000))
        let new = try LineText(Self.text(seed: 2, lines: 40_000))
        let sequential = try Diff.changes(from: old, to: new, options: DiffOptions(minimal: minimal))
        let parallel = try Diff.changes(
            from: old, to: new, options: DiffOptions(minimal: minimal, concurrency: Self.twoThreads))
        #expect(parallel == sequential)
        #expect(!sequential.isEmpty)
    }
}
