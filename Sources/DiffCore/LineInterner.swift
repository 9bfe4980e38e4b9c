/// Maps lines to dense integer ids: two lines get the same id exactly when their bytes
/// (terminator included) are equal.
///
/// One interner serves all inputs of a diff or merge, so ids compare across texts.
/// The table is open addressing with linear probing; a slot packs the upper 32 bits of
/// the line's hash with its id, so most probes are decided without touching the text.
public struct InternedTexts: Sendable {
    /// `ids[t][i]` is the id of line `i` of text `t`.
    public let ids: [[Int32]]
    /// The number of distinct lines; ids run from 0 to `classCount - 1`.
    public let classCount: Int

    /// Interns every line of `texts`.
    /// - Throws: `DiffCoreError.tooManyLines` past 2^31 - 1 lines.
    /// - Complexity: O(total bytes) expected.
    public init(_ texts: [LineText]) throws(DiffCoreError) {
        let total = texts.reduce(0) { $0 + $1.count }
        guard total < Int(Int32.max) else { throw .tooManyLines(count: total) }
        var table = InternTable(expectedLines: total)
        var ids: [[Int32]] = []
        ids.reserveCapacity(texts.count)
        for index in texts.indices {
            ids.append(table.intern(texts, index))
        }
        self.ids = ids
        self.classCount = table.classCount
    }
}

/// The hash table behind `InternedTexts`.
struct InternTable {
    /// Where the first line of a class lives, for byte comparison.
    struct Representative {
        var start: UInt32
        var length: UInt32
        var text: UInt32
    }

    private var slots: [UInt64]
    private var mask: Int
    private var representatives: [Representative] = []
    var classCount: Int { representatives.count }

    init(expectedLines: Int) {
        var capacity = 1024
        while capacity < expectedLines / 2 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// Interns the lines of `texts[index]`, comparing against lines of any earlier text.
    mutating func intern(_ texts: [LineText], _ index: Int) -> [Int32] {
        let text = texts[index]
        return withBasePointers(texts[...]) { bases in
            var result = [Int32](repeating: 0, count: text.count)
            result.withUnsafeMutableBufferPointer { out in
                internLines(of: text, textIndex: index, bases: bases, into: out)
            }
            return result
        }
    }

    private mutating func internLines(
        of text: LineText, textIndex: Int, bases: [UnsafeRawPointer],
        into out: UnsafeMutableBufferPointer<Int32>
    ) {
        let base = bases[textIndex]
        let byteCount = text.bytes.count
        text.lineEnds.withUnsafeBufferPointer { ends in
            var start = 0
            for line in 0..<ends.count {
                let end = Int(ends[line])
                let length = end - start
                let hash = LineHash.hash(base, start: start, length: length, bufferCount: byteCount)
                out[line] = lookup(
                    hash: hash, base: base, start: start, length: length,
                    textIndex: textIndex, bases: bases)
                start = end
            }
        }
    }

    @inline(__always)
    private mutating func lookup(
        hash: UInt64, base: UnsafeRawPointer, start: Int, length: Int,
        textIndex: Int, bases: [UnsafeRawPointer]
    ) -> Int32 {
        let tag = hash >> 32
        var slot = Int(tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                let rep = representatives[id]
                if Int(rep.length) == length,
                   LineHash.equal(bases[Int(rep.text)] + Int(rep.start), base + start, length: length) {
                    return Int32(id)
                }
            }
            slot = (slot + 1) & mask
        }
        let id = representatives.count
        representatives.append(Representative(
            start: UInt32(start), length: UInt32(length), text: UInt32(textIndex)))
        slots[slot] = (tag << 32) | UInt64(id + 1)
        if representatives.count * 4 > slots.count * 3 { grow() }
        return Int32(id)
    }

    /// Doubles the table. A slot's position comes from its 32-bit tag alone, so slots
    /// are re-seated without touching the texts.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry != 0 {
            var slot = Int(entry >> 32) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}

/// Calls `body` with the base address of every text's bytes, valid for the call.
func withBasePointers<R>(
    _ texts: ArraySlice<LineText>, _ collected: [UnsafeRawPointer] = [],
    _ body: ([UnsafeRawPointer]) -> R
) -> R {
    guard let first = texts.first else { return body(collected) }
    return first.bytes.withUnsafeBytes { raw in
        // An empty array may have no storage; any valid pointer will do as it is never read.
        let base = raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        return withBasePointers(texts.dropFirst(), collected + [base], body)
    }
}
