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
        var table = InternTable(expectedLines: total)
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
/// in 32 bits (text number, line number) to keep memory near GNU diff's.
struct InternTable {
    private var slots: [UInt64]
    private var mask: Int
    private var representatives: [UInt32] = []
    var classCount: Int { representatives.count }

    init(expectedLines: Int) {
        var capacity = 1024
        while capacity < expectedLines / 4 { capacity <<= 1 }
        slots = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        // Reserved, not touched: pages that are never written cost no memory.
        representatives.reserveCapacity(expectedLines)
    }

    /// Interns the lines of text `textIndex`, matching lines of any earlier text.
    mutating func intern(_ texts: [LineText], textIndex: Int, pointers: [TextPointers]) -> [Int32] {
        let text = texts[textIndex]
        let own = pointers[textIndex]
        let byteCount = text.bytes.count
        let ids = [Int32](unsafeUninitializedCapacity: text.count) { out, count in
            var start = 0, checkpoint = InternTable.discardStride
            for line in 0..<text.count {
                let end = Int(own.ends[line])
                let hash = LineHash.hash(own.bytes, start: start, length: end - start, bufferCount: byteCount)
                out[line] = lookup(hash: hash, line: line, start: start, end: end, textIndex: textIndex, pointers: pointers)
                start = end
                if start >= checkpoint {
                    discardRead(texts, upTo: textIndex, byte: start)
                    checkpoint = start + InternTable.discardStride
                }
            }
            count = text.count
        }
        discardRead(texts, upTo: textIndex, byte: byteCount)
        return ids
    }

    @inline(__always)
    private mutating func lookup(
        hash: UInt64, line: Int, start: Int, end: Int, textIndex: Int, pointers: [TextPointers]
    ) -> Int32 {
        let tag = hash >> 32
        var slot = Int(tag) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if entry >> 32 == tag {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if sameLine(representatives[id], pointers, pointers[textIndex].bytes + start, end - start) {
                    return Int32(id)
                }
            }
            slot = (slot + 1) & mask
        }
        let id = representatives.count
        representatives.append(UInt32(textIndex << 30 | line))
        slots[slot] = (tag << 32) | UInt64(id + 1)
        if representatives.count * 4 > slots.count * 3 { grow() }
        return Int32(id)
    }

    @inline(__always)
    private func sameLine(_ representative: UInt32, _ pointers: [TextPointers], _ bytes: UnsafeRawPointer, _ length: Int) -> Bool {
        let text = pointers[Int(representative >> 30)]
        let line = Int(representative & (1 << 30 - 1))
        let start = text.start(ofLine: line)
        return Int(text.ends[line]) - start == length && LineHash.equal(text.bytes + start, bytes, length: length)
    }

    /// Bytes interned between hints that they may leave memory.
    static let discardStride = 1 << 20

    /// Hints that the bytes read so far (earlier texts whole, the current one up to
    /// `byte`) are not needed soon. Representatives compared later are read back in.
    private func discardRead(_ texts: [LineText], upTo textIndex: Int, byte: Int) {
        for index in 0..<textIndex { texts[index].bytes.discardCache(0..<texts[index].bytes.count) }
        texts[textIndex].bytes.discardCache(0..<byte)
    }

    /// Doubles the table, re-seating every slot by its tag.
    private mutating func grow() {
        var grown = [UInt64](repeating: 0, count: slots.count * 2)
        let newMask = grown.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(entry >> 32) & newMask
            while grown[slot] != 0 { slot = (slot + 1) & newMask }
            grown[slot] = entry
        }
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
