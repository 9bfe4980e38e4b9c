/// Finds runs of `false` in arrays of marks eight at a time.
///
/// Why: the passes after the search (compaction, reading the changes off) step over every
/// unchanged line; on a large diff with few changes that is nearly every line, and one
/// line at a time it cost more than the search itself.
enum BoolRuns {
    /// How many marks from `start` on are false (0 when `start` is at the end).
    @inline(__always)
    static func unmarked(_ marks: UnsafeBufferPointer<Bool>, from start: Int) -> Int {
        guard let base = marks.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var i = start
        // A Bool is stored as one byte, 0 or 1.
        while i &+ 8 <= marks.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if word != 0 { return i &+ (word.trailingZeroBitCount >> 3) &- start }
            i &+= 8
        }
        while i < marks.count && !marks[i] { i &+= 1 }
        return i &- start
    }
}
