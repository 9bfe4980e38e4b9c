/// Every `step`-th line of the first text, found by hash: where `LineAligner` looks for
/// a later text's line that is not just ahead (after a deleted or moved block).
///
/// A stretch of `step` lines that stands in both texts holds a sampled line, so the
/// aligner finds its place again within `step` lines. Only the first sampled line of
/// each hash is kept; a duplicate found instead is still an equal line (the alignment is
/// exact either way), and the next unique line puts the aligner right.
struct SampledLines {
    static let step = 8

    /// Line numbers, -1 for empty; open addressing by hash with linear probing.
    private var slots: [Int32]
    private let mask: Int
    private let first: TextPointers

    init(first: TextPointers) {
        self.first = first
        var capacity = 64
        while capacity < 2 * (first.count / Self.step + 1) { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
        for line in stride(from: 0, to: first.count, by: Self.step) { insert(line) }
    }

    private mutating func insert(_ line: Int) {
        let hash = first.hashes[line]
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            if first.hashes[Int(slots[slot])] == hash { return }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(line)
    }

    /// A sampled line with this hash, if any.
    func line(withHash hash: UInt32) -> Int? {
        var slot = Int(hash) & mask
        while slots[slot] >= 0 {
            let line = Int(slots[slot])
            if first.hashes[line] == hash { return line }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
