/// Maps lines to dense integer ids: two lines get the same id exactly when their bytes
/// (terminator included) are equal.
///
/// One interner serves all inputs of a diff or merge, so ids compare across texts.
public struct InternedTexts: Sendable {
    /// The most texts interned together (two bits of a representative name the text).
    public static let maximumTexts = 4
    /// The most lines of one text (the other 30 bits).
    public static let maximumLines = 1 << 30

    /// `ids[t][i]` is the id of line `i` of text `t`.
    public let ids: [[Int32]]
    /// The number of distinct lines; ids run from 0 to `classCount - 1`.
    public let classCount: Int

    /// Interns every line of `texts` (at most `maximumTexts`).
    /// - Throws: `DiffCoreError.tooManyLines` when a text has `maximumLines` or more.
    /// - Complexity: O(total bytes) expected.
    public init(_ texts: [LineText]) throws(DiffCoreError) {
        precondition(texts.count <= Self.maximumTexts, "at most \(Self.maximumTexts) texts")
        if let large = texts.first(where: { $0.count >= Self.maximumLines }) {
            throw .tooManyLines(count: large.count)
        }
        let total = texts.reduce(0) { $0 + $1.count }
        var estimate = DistinctEstimate()
        for text in texts { estimate.add(text.lineHashes) }
        let table = InternTable(
            expectedLines: total, expectedClasses: min(total, estimate.count),
            expectedBytes: texts.reduce(0) { $0 + $1.bytes.count })
        self.ids = withTextPointers(texts[...]) { pointers in
            texts.indices.map { table.intern(texts, textIndex: $0, pointers: pointers) }
        }
        self.classCount = table.classCount
    }
}

/// The bytes and line ends of one text, valid inside `withTextPointers`.
struct TextPointers {
    var bytes: UnsafeRawPointer
    var ends: UnsafePointer<UInt32>

    @inline(__always) func start(ofLine line: Int) -> Int { line == 0 ? 0 : Int(ends[line - 1]) }
}

/// The hash table behind `InternedTexts`: open addressing with linear probing.
///
/// A slot packs the upper 32 bits of a line's hash (the tag) with its id + 1, so most
/// probes are decided without touching the texts; a slot's position comes from its tag
/// alone, so the table grows without rehashing lines. A class remembers its first line
/// in 32 bits (text number, line number) to keep memory near GNU diff's. Raw buffers,
/// not arrays: this is the innermost loop of every diff.
final class InternTable {
    /// Bytes interned between hints that they may leave memory, for inputs up to
    /// `largeInput` bytes.
    static let smallDiscardStride = 1 << 20
    /// Inputs above this size hold up to half their bytes between hints instead.
    static let largeInput = 16 << 20

    private var slots: UnsafeMutablePointer<UInt64>
    private var mask: Int
    /// Allocated for every line up front but written only per class: untouched pages
    /// cost no memory.
    private let representatives: UnsafeMutablePointer<UInt32>
    private(set) var classCount = 0
    /// Bytes interned between hints that they may leave memory. Each hint also drops
    /// the pages of earlier lines that later lines are compared with, and reading those
    /// back is slow (python-1M interns in 160 ms with 1 MiB strides, 80 ms with half the
    /// input); but on small inputs the fixed memory of the process dominates, so there
    /// the stride stays small and the peak stays below GNU diff's.
    private let discardStride: Int

    /// A table for `expectedLines` lines of which about `expectedClasses` differ, sized
    /// so that it is at most three quarters full with 5 % to spare for the estimate.
    init(expectedLines: Int, expectedClasses: Int, expectedBytes: Int) {
        discardStride = expectedBytes > Self.largeInput ? expectedBytes / 2 : Self.smallDiscardStride
        var capacity = 1024
        while capacity * 3 < expectedClasses * 4 * 105 / 100 { capacity <<= 1 }
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        representatives = .allocate(capacity: max(expectedLines, 1))
    }

    deinit {
        slots.deallocate()
        representatives.deallocate()
    }

    /// Interns the lines of text `textIndex`, matching lines of any earlier text.
    func intern(_ texts: [LineText], textIndex: Int, pointers: [TextPointers]) -> [Int32] {
        let text = texts[textIndex]
        let own = pointers[textIndex]
        let byteCount = text.bytes.count
        let ids = text.lineHashes.withUnsafeBufferPointer { hashes in
          [Int32](unsafeUninitializedCapacity: text.count) { out, count in
            var start = 0, checkpoint = discardStride
            for line in 0..<text.count {
                let end = Int(own.ends[line])
                out[line] = lookup(
                    tag: UInt64(hashes[line]), representative: UInt32(textIndex << 30 | line),
                    bytes: own.bytes + start, length: end &- start, pointers: pointers)
                start = end
                if start >= checkpoint {
                    discardRead(texts, upTo: textIndex, byte: start)
                    checkpoint = start + discardStride
                }
            }
            count = text.count
          }
        }
        discardRead(texts, upTo: textIndex, byte: byteCount)
        return ids
    }

    /// The id of the line with this tag and these bytes, made new when not yet seen.
    @inline(__always)
    private func lookup(
        tag: UInt64, representative: UInt32, bytes: UnsafeRawPointer, length: Int, pointers: [TextPointers]
    ) -> Int32 {
        var slot = Int(truncatingIfNeeded: tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let id = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1
                if sameLine(representatives[id], pointers, bytes, length) { return Int32(truncatingIfNeeded: id) }
            }
            slot = (slot &+ 1) & mask
        }
        let id = classCount
        representatives[id] = representative
        classCount += 1
        slots[slot] = (tag << 32) | UInt64(id + 1)
        if classCount * 4 > (mask + 1) * 3 { grow() }
        return Int32(truncatingIfNeeded: id)
    }

    @inline(__always)
    private func sameLine(_ representative: UInt32, _ pointers: [TextPointers], _ bytes: UnsafeRawPointer, _ length: Int) -> Bool {
        let text = pointers[Int(representative >> 30)]
        let line = Int(representative & (1 << 30 - 1))
        let start = text.start(ofLine: line)
        return Int(text.ends[line]) &- start == length && LineHash.equal(text.bytes + start, bytes, length: length)
    }

    /// Hints that the bytes read so far (earlier texts whole, the current one up to
    /// `byte`) are not needed soon. Representatives compared later are read back in.
    private func discardRead(_ texts: [LineText], upTo textIndex: Int, byte: Int) {
        for index in 0..<textIndex { texts[index].bytes.discardCache(0..<texts[index].bytes.count) }
        texts[textIndex].bytes.discardCache(0..<byte)
    }

    /// Doubles the table, re-seating every slot by its tag.
    private func grow() {
        let capacity = (mask + 1) * 2
        let grown = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        grown.initialize(repeating: 0, count: capacity)
        let newMask = capacity - 1
        for index in 0...mask where slots[index] != 0 {
            let entry = slots[index]
            var slot = Int(entry >> 32) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = entry
        }
        slots.deallocate()
        slots = grown
        mask = newMask
    }
}

/// Calls `body` with the bytes and line ends of every text, valid for the call.
func withTextPointers<R>(
    _ texts: ArraySlice<LineText>, _ collected: [TextPointers] = [],
    _ body: ([TextPointers]) -> R
) -> R {
    guard let first = texts.first else { return body(collected) }
    return first.bytes.withUnsafeBytes { raw in
        first.lineEnds.withUnsafeBufferPointer { ends in
            // Empty arrays may have no storage; such a pointer is never read.
            let pointers = TextPointers(
                bytes: raw.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!,
                ends: ends.baseAddress ?? UnsafePointer(bitPattern: 8)!)
            return withTextPointers(texts.dropFirst(), collected + [pointers], body)
        }
    }
}
