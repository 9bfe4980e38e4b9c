/// The hash table behind `InternedTexts`: open addressing with linear probing.
///
/// A slot is 32 bits: with 2^k slots, its low k bits hold the id + 1 (ids stay below
/// three quarters of the capacity) and its high bits the same bits of the line's 32-bit
/// hash (the tag), whose low k bits give the slot's position. Most probes are decided
/// without touching the texts, and half the size of a slot with the whole hash keeps a
/// 100k-line table in the second-level cache. Growing reads each class's hash back from
/// its first line. A class remembers that line in 32 bits (text number, line number) to
/// keep memory near GNU diff's. Raw buffers, not arrays: this is the innermost loop of
/// every diff.
final class InternTable {
    /// Bytes interned between hints that they may leave memory, for inputs up to
    /// `largeInput` bytes.
    static let smallDiscardStride = 1 << 20
    /// Inputs above this size hold up to half their bytes between hints instead.
    static let largeInput = 16 << 20
    /// How many lines ahead the first text's loop reads the slot a line will probe.
    ///
    /// Why: the first text's lines are mostly new, so each probe is a cache miss at a
    /// random slot, and whether the slot is empty is a coin toss the branch predictor
    /// loses, so each miss would wait alone. A plain load issued this far ahead (the
    /// standard library has no prefetch instruction) brings the slot in while earlier
    /// lines are handled; its value is kept (`warmth`) only so it is not optimised away.
    static let lookahead = 16
    /// The largest table whose ids and tags share 32 bits (1.6 billion classes).
    static let maximumCapacity = 1 << 31

    private var slots: UnsafeMutablePointer<UInt32>
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
    private var warmth: UInt32 = 0

    /// A table for `expectedLines` lines of which about `expectedClasses` differ, sized
    /// so that it is at most three quarters full with 5 % to spare for the estimate.
    init(expectedLines: Int, expectedClasses: Int, expectedBytes: Int) {
        discardStride = expectedBytes > Self.largeInput ? expectedBytes / 2 : Self.smallDiscardStride
        var capacity = 1024
        while capacity * 3 < expectedClasses * 4 * 105 / 100 { capacity <<= 1 }
        precondition(capacity <= Self.maximumCapacity, "too many distinct lines")
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        mask = capacity - 1
        representatives = .allocate(capacity: max(expectedLines, 1))
    }

    deinit {
        slots.deallocate()
        representatives.deallocate()
    }

    /// Interns the lines of text `textIndex`, matching lines of any earlier text;
    /// `first` holds the ids of the first text once it is interned (see `AlignedRuns`).
    func intern(_ texts: [LineText], textIndex: Int, pointers: [TextPointers], first: [Int32]?) -> [Int32] {
        let ids = [Int32](unsafeUninitializedCapacity: pointers[textIndex].count) { buffer, count in
            // An empty buffer may have no storage; it is then never written.
            let out = buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!
            if let first {
                first.withUnsafeBufferPointer { firstIDs in
                    var runs = AlignedRuns(first: pointers[0], ids: firstIDs)
                    internLater(texts, textIndex: textIndex, pointers: pointers, runs: &runs, into: out)
                }
            } else {
                internFirst(texts, pointers: pointers, into: out)
            }
            count = pointers[textIndex].count
        }
        discardRead(texts, upTo: textIndex, byte: texts[textIndex].bytes.count)
        return ids
    }

    /// The first text: every line through the table, slots read `lookahead` lines early.
    private func internFirst(_ texts: [LineText], pointers: [TextPointers], into out: UnsafeMutablePointer<Int32>) {
        let own = pointers[0]
        var start = 0, checkpoint = discardStride, warmed: UInt32 = 0
        for line in 0..<own.count {
            if line &+ Self.lookahead < own.count {
                warmed &+= slots[Int(own.hashes[line &+ Self.lookahead]) & mask]
            }
            let end = Int(own.ends[line])
            out[line] = lookup(
                hash: own.hashes[line], representative: UInt32(line),
                bytes: own.bytes + start, length: end &- start, pointers: pointers)
            start = end
            if start >= checkpoint {
                discardRead(texts, upTo: 0, byte: start)
                checkpoint = start + discardStride
            }
        }
        warmth = warmed
    }

    /// A later text: runs of lines that follow in the first text, the table between them.
    private func internLater(
        _ texts: [LineText], textIndex: Int, pointers: [TextPointers], runs: inout AlignedRuns,
        into out: UnsafeMutablePointer<Int32>
    ) {
        let own = pointers[textIndex]
        var line = 0, checkpoint = discardStride
        while line < own.count {
            let matched = runs.match(own, from: line, into: out)
            if matched == 0 {
                let start = own.start(ofLine: line)
                let id = lookup(
                    hash: own.hashes[line], representative: UInt32(textIndex << 30 | line),
                    bytes: own.bytes + start, length: Int(own.ends[line]) &- start, pointers: pointers)
                runs.follow(representative: representatives[Int(id)])
                out[line] = id
            }
            line &+= max(matched, 1)
            let byte = Int(own.ends[line &- 1])
            if byte >= checkpoint {
                discardRead(texts, upTo: textIndex, byte: byte)
                checkpoint = byte + discardStride
            }
        }
    }

    /// The id of the line with this hash and these bytes, made new when not yet seen.
    @inline(__always)
    private func lookup(
        hash: UInt32, representative: UInt32, bytes: UnsafeRawPointer, length: Int, pointers: [TextPointers]
    ) -> Int32 {
        let idBits = UInt32(truncatingIfNeeded: mask)
        let tag = hash & ~idBits
        var slot = Int(hash & idBits)
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry & ~idBits == tag {
                let id = Int(entry & idBits) &- 1
                if sameLine(representatives[id], pointers, bytes, length) { return Int32(truncatingIfNeeded: id) }
            }
            slot = (slot &+ 1) & mask
        }
        let id = classCount
        representatives[id] = representative
        classCount += 1
        slots[slot] = tag | UInt32(truncatingIfNeeded: id &+ 1)
        if classCount * 4 > (mask + 1) * 3 { grow(pointers) }
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

    /// Doubles the table, re-seating every class by the hash of its first line.
    private func grow(_ pointers: [TextPointers]) {
        let capacity = (mask + 1) * 2
        precondition(capacity <= Self.maximumCapacity, "too many distinct lines")
        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        grown.initialize(repeating: 0, count: capacity)
        let idBits = UInt32(truncatingIfNeeded: capacity - 1)
        for id in 0..<classCount {
            let representative = representatives[id]
            let hash = pointers[Int(representative >> 30)].hashes[Int(representative & (1 << 30 - 1))]
            var slot = Int(hash & idBits)
            while grown[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            grown[slot] = (hash & ~idBits) | UInt32(id + 1)
        }
        slots.deallocate()
        slots = grown
        mask = capacity - 1
    }
}
