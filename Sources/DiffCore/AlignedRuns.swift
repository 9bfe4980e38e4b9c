/// While a later text is interned, the lines of the first text that follow the last
/// one matched are tried before the hash table, a run at a time.
///
/// Why: texts interned together are versions of one another, so a later text's lines
/// mostly come in runs that stand in the first text too. Matching a run reads both texts
/// front to back: line hashes and lengths are compared line by line, and the bytes of
/// the whole run in one comparison. A table lookup instead jumps to a random slot, then
/// to a random representative and its bytes, each a likely cache miss. Whenever a run
/// ends the table is asked, so the ids are the same either way.
struct AlignedRuns {
    /// The longest run matched at once, so that the caller's hints that bytes may leave
    /// memory come at about the usual places.
    static let maximumRun = 4096

    private let first: TextPointers
    private let ids: UnsafePointer<Int32>
    /// The line of the first text to try next.
    private var cursor = 0

    /// Runs in the first text, given its pointers and ids (one per line).
    init(first: TextPointers, ids: UnsafeBufferPointer<Int32>) {
        precondition(ids.count == first.count, "one id per line of the first text")
        self.first = first
        // Empty buffers may have no storage; with no lines it is never read.
        self.ids = ids.baseAddress ?? UnsafePointer(bitPattern: 8)!
    }

    /// Matches the lines of `own` from `line` on with the first text's from the cursor,
    /// writes their ids to `out` and moves past them; returns how many matched (0 when
    /// the first line differs).
    @inline(__always)
    mutating func match(_ own: TextPointers, from line: Int, into out: UnsafeMutablePointer<Int32>) -> Int {
        let limit = min(Self.maximumRun, first.count &- cursor, own.count &- line)
        guard limit > 0 else { return 0 }
        let ownStart = own.start(ofLine: line), firstStart = first.start(ofLine: cursor)
        var run = 0
        // Equal hashes, and equal ends relative to the run's start (so equal lengths).
        while run < limit && own.hashes[line &+ run] == first.hashes[cursor &+ run]
            && Int(own.ends[line &+ run]) &- ownStart == Int(first.ends[cursor &+ run]) &- firstStart {
            run &+= 1
        }
        guard run > 0 else { return 0 }
        let length = Int(own.ends[line &+ run &- 1]) &- ownStart
        if !LineHash.equal(own.bytes + ownStart, first.bytes + firstStart, length: length) {
            run = equalLines(own, from: line, upTo: run)
        }
        for k in 0..<run { out[line &+ k] = ids[cursor &+ k] }
        cursor &+= run
        return run
    }

    /// How many of the `run` lines from `line` equal the first text's from the cursor,
    /// byte by byte: for the rare run whose hashes agree but whose bytes do not.
    private func equalLines(_ own: TextPointers, from line: Int, upTo run: Int) -> Int {
        for k in 0..<run {
            let ownStart = own.start(ofLine: line + k), firstStart = first.start(ofLine: cursor + k)
            let length = Int(own.ends[line + k]) - ownStart
            if !LineHash.equal(own.bytes + ownStart, first.bytes + firstStart, length: length) { return k }
        }
        return run
    }

    /// The table found a line whose class was first seen at `representative` (text
    /// number and line, as `InternTable` packs them): when that is in the first text,
    /// the next try is the line after it. A line first seen in a later text (an inserted
    /// one) leaves the cursor where it was.
    @inline(__always)
    mutating func follow(representative: UInt32) {
        if representative >> 30 == 0 { cursor = Int(representative) &+ 1 }
    }
}
