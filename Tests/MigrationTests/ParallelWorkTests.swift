#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CThreads
import Testing
@testable import Migration

/// Threads are placed on another CPU only to start: once running they may use every
/// CPU the caller may, so a busy CPU never holds a diff's half back.
@Suite struct ParallelWorkTests {
    /// What each spawned thread saw, written under a lock.
    final class Seen: @unchecked Sendable {
        private var lock = pthread_mutex_t()
        private(set) var usable: [Int: Int] = [:]
        private(set) var runs = 0
        init() { pthread_mutex_init(&lock, nil) }
        deinit { pthread_mutex_destroy(&lock) }
        func record(_ index: Int, _ cpus: Int) {
            pthread_mutex_lock(&lock)
            usable[index] = cpus
            runs += 1
            pthread_mutex_unlock(&lock)
        }
    }

    @Test func spawnedThreadsRunAndMayUseEveryCPU() {
        let seen = Seen(), callerCPUs = Int(cthreads_usable_cpus())
        // More threads than CPUs: the placement wraps around.
        let threads = (0..<5).compactMap { index in
            ParallelWork.spawn({ seen.record(index, Int(cthreads_usable_cpus())) }, index: index)
        }
        for thread in threads { pthread_join(thread, nil) }
        #expect(threads.count == 5)
        #expect(seen.usable == Dictionary(uniqueKeysWithValues: (0..<5).map { ($0, callerCPUs) }))
    }

    @Test func startRunsTheBodyOnEveryHelper() {
        let seen = Seen()
        let helpers = ParallelWork.start(3) { seen.record(0, 1) }
        helpers.join()
        #expect(seen.runs == 3)
    }

    @Test func runDoesEveryPieceOnce() {
        let seen = Seen()
        ParallelWork.run((0..<4).map { index in { seen.record(index, 1) } })
        #expect(seen.runs == 4)
        #expect(Set(seen.usable.keys) == [0, 1, 2, 3])
    }

    /// The piece a helper thread has not begun is done by the caller, once: whoever
    /// takes it second finds nothing to do.
    @Test func aPieceRunsOnceWhoeverTakesIt() {
        let seen = Seen()
        let piece = ParallelWork.Piece { seen.record(0, 1) }
        #expect(piece.runUnlessTaken())
        #expect(!piece.runUnlessTaken())
        let racing = ParallelWork.Piece { seen.record(1, 1) }
        let thread = ParallelWork.spawn({ racing.runUnlessTaken() }, index: 0)
        racing.runUnlessTaken()
        if let thread { pthread_join(thread, nil) }
        #expect(seen.runs == 2)
        #expect(seen.usable.keys.contains(1))
    }
}
