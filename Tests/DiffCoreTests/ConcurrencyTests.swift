import ConvergeTestSupport
import DiffCore
import Dispatch
import Testing

/// Splitting work across two threads must never change a result.
@Suite struct ConcurrencyTests {
    /// Two threads, counting how often they were asked for.
    final class TwoThreads: @unchecked Sendable {
        private let queue = DispatchQueue(label: "ConcurrencyTests.count")
        private var uses = 0
        var count: Int { queue.sync { uses } }

        var concurrency: Concurrency {
            Concurrency { [self] first, second in
                queue.sync { uses += 1 }
                DispatchQueue.concurrentPerform(iterations: 2) { $0 == 0 ? first() : second() }
            }
        }
    }

    /// Code-like lines with blocks edited here and there: large enough (over 64k
    /// lines together, an edit distance over 2 × `MyersSearch.parallelRounds`) that the
    /// minimal search splits across threads.
    static func text(seed: UInt64, lines: Int) -> [UInt8] {
        var random = SeededRandom(seed: seed)
        var bytes: [UInt8] = []
        var line = 0
        while line < lines {
            if random.next() % 60 == 0 {
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
        let threads = TwoThreads()
        let parallel = try Diff.changes(
            from: old, to: new, options: DiffOptions(minimal: minimal, concurrency: threads.concurrency))
        #expect(parallel == sequential)
        #expect(!sequential.isEmpty)
        if minimal { #expect(threads.count > 0) }
    }
}
