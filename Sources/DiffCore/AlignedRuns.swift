/// Lines of a later text matched, a run at a time, with the lines of the first text that
/// follow the last ones matched.
///
/// Why: texts interned together are versions of one another, so a later text's lines
/// mostly come in runs that stand in the first text too. Matching a run reads both texts
/// front to back: line hashes and lengths are compared line by line, and the bytes of
/// the whole run in one comparison. A table lookup instead jumps to a random slot, then
/// to a random representative and its bytes, each a likely cache miss. Where runs end the
/// table is asked, so the ids are the same either way. `LineAligner` finds most runs
/// before the first text's ids exist; `InternTable` fills the gaps with this type.
struct AlignedRuns {
    /// The longest run matched at once, so that hints that bytes may leave memory come
    /// at about the usual places.
    static let maximumRun = 4096

    private let first: TextPointers
    private let ids: UnsafePointer<Int32>
    /// The line of the first text to try next.
    private var cursor = 0

    /// Runs in the first text, given its pointers and ids (one per line).
    init(first: TextPointers, ids: UnsafePointer<Int32>) {
        self.first = first
        self.ids = ids
    }

    /// Matches the lines of `own` from `line` up to `end` with the first text's from the
    /// cursor, writes their ids to `out` and moves past them; returns how many matched
    /// (0 when the first line differs).
    @inline(__always)
    mutating func match(_ own: TextPointers, from line: Int, upTo end: Int, into out: UnsafeMutablePointer<Int32>) -> Int {
        let run = Self.runLength(first, cursor, own, line, limit: min(Self.maximumRun, end &- line))
        for k in 0..<run { out[line &+ k] = ids[cursor &+ k] }
        cursor &+= run
        return run
    }

    /// Next, try the line after line `line` of the first text.
    @inline(__always)
    mutating func follow(firstLine line: Int) { cursor = line &+ 1 }

    /// The table found a line whose class was first seen at `representative` (text
    /// number and line, as `InternTable` packs them): when that is in the first text,
    /// the next try is the line after it. A line first seen in a later text (an inserted
    /// one) leaves the cursor where it was.
    @inline(__always)
    mutating func follow(representative: UInt32) {
        if representative >> 30 == 0 { follow(firstLine: Int(representative)) }
    }

    /// How many lines of `own` from `line` equal the lines of `first` from `cursor`, at
    /// most `limit`: hashes and lengths line by line, then the bytes of the whole run.
    @inline(__always)
    static func runLength(_ first: TextPointers, _ cursor: Int, _ own: TextPointers, _ line: Int, limit: Int) -> Int {
        let limit = min(limit, first.count &- cursor, own.count &- line)
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
        if LineHash.equal(own.bytes + ownStart, first.bytes + firstStart, length: length) { return run }
        return equalLines(first, cursor, own, line, upTo: run)
    }

    /// How many of the `run` lines from `line` equal the first text's from `cursor`,
    /// byte by byte: for the rare run whose hashes agree but whose bytes do not.
    private static func equalLines(_ first: TextPointers, _ cursor: Int, _ own: TextPointers, _ line: Int, upTo run: Int) -> Int {
        for k in 0..<run {
            let ownStart = own.start(ofLine: line + k), firstStart = first.start(ofLine: cursor + k)
            let length = Int(own.ends[line + k]) - ownStart
            if !LineHash.equal(own.bytes + ownStart, first.bytes + firstStart, length: length) { return k }
        }
        return run
    }
}
