import ConvergeTestSupport
import DiffCore
import Synchronization
import Testing

/// Texts over memory owned elsewhere (converge maps files) must diff and merge exactly
/// as texts over arrays, and the hints to drop cached pages must stay inside the text.
@Suite struct ExternalBytesTests {
    /// Records what the diff core asked of the memory it was given.
    final class Owner: Sendable {
        let discarded = Mutex<[Range<Int>]>([])
        let released = Mutex(false)
    }

    static func external(_ bytes: [UInt8], _ owner: Owner) -> ExternalBytes {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
        return ExternalBytes(
            base: memory, count: bytes.count,
            discard: { _, range in owner.discarded.withLock { $0.append(range) } },
            release: { base, _ in
                UnsafeMutableRawPointer(mutating: base).deallocate()
                owner.released.withLock { $0 = true }
            })
    }

    /// About 2 MB a side, so the scans and the interning pass their discard strides.
    static func largeText(seed: UInt64, editEvery: Int) -> [UInt8] {
        var random = SeededRandom(seed: 42)
        var other = SeededRandom(seed: seed)
        var bytes: [UInt8] = []
        for line in 0..<60_000 {
            let value = random.next() % 1_000_000
            let edited = line % editEvery == 0 && other.next() % 2 == 0
            bytes += Array("    value_\(edited ? value + 1 : value) = compute(\(line % 97))\n".utf8)
        }
        return bytes
    }

    @Test func diffOverExternalBytesEqualsDiffOverArrays() throws {
        let old = Self.largeText(seed: 1, editEvery: 50), new = Self.largeText(seed: 2, editEvery: 50)
        let owner = Owner()
        var externalOutput = ByteBuffer(), arrayOutput = ByteBuffer()
        do {
            let oldText = try LineText(Self.external(old, owner)), newText = try LineText(Self.external(new, owner))
            let changes = try Diff.changes(from: oldText, to: newText)
            UnifiedDiff(oldLabel: "a", newLabel: "b").write(old: oldText, new: newText, changes: changes, to: &externalOutput)
            let plainOld = try LineText(old), plainNew = try LineText(new)
            #expect(changes == (try Diff.changes(from: plainOld, to: plainNew)))
            UnifiedDiff(oldLabel: "a", newLabel: "b").write(old: plainOld, new: plainNew, changes: changes, to: &arrayOutput)
        }
        #expect(externalOutput.bytes == arrayOutput.bytes)
        let discarded = owner.discarded.withLock { $0 }
        #expect(!discarded.isEmpty, "large texts are given back page by page")
        #expect(discarded.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= max(old.count, new.count) })
        #expect(owner.released.withLock { $0 }, "the memory is released with the last text")
    }

    @Test func mergeOverExternalBytesEqualsMergeOverArrays() throws {
        let base = Self.largeText(seed: 1, editEvery: 1_000_000)
        let target = Self.largeText(seed: 3, editEvery: 40), source = Self.largeText(seed: 4, editEvery: 45)
        let owner = Owner()
        let external = try ThreeWayMerge.merge(
            base: LineText(Self.external(base, owner)), target: LineText(Self.external(target, owner)),
            source: LineText(Self.external(source, owner)))
        let plain = try ThreeWayMerge.merge(base: LineText(base), target: LineText(target), source: LineText(source))
        var a = ByteBuffer(), b = ByteBuffer()
        MergeOutput(external).write(to: &a)
        MergeOutput(plain).write(to: &b)
        #expect(a.bytes == b.bytes)
        #expect(external.unresolvedConflictCount == plain.unresolvedConflictCount)
    }
}
