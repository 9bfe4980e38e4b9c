/// Finds, for each line of a later text, a line of the first text with the same bytes,
/// following runs (`AlignedRuns.runLength`), and where a run ends looking a little ahead
/// and then among sampled lines (`SampledLines`). It needs neither ids nor the interning
/// table, so it runs while the first text is interned, on another thread.
///
/// Writes the first text's line number, or -1 where it found none; `InternTable` then
/// turns numbers into ids and looks the -1 lines up. Exact either way: a number is only
/// written for equal bytes.
enum LineAligner {
    /// How far ahead in the first text a line is looked for when a run ends: past lines
    /// deleted there (edits of code are mostly shorter).
    static let window = 64
    /// After this many lines in a row found nowhere, the texts are unrelated: the rest
    /// is left to the table.
    static let givingUp = 4 * window

    /// Aligns `later` with `first` into `out`; calls `passed` with each byte offset of
    /// `later` it has finished about every `stride` bytes.
    static func align(
        first: TextPointers, later: TextPointers, into out: UnsafeMutablePointer<Int32>,
        stride: Int, passed: (Int) -> Void
    ) {
        let sampled = SampledLines(first: first)
        var line = 0, cursor = 0, misses = 0, checkpoint = stride
        while line < later.count {
            let run = AlignedRuns.runLength(first, cursor, later, line, limit: AlignedRuns.maximumRun)
            if run > 0 {
                for k in 0..<run { out[line &+ k] = Int32(truncatingIfNeeded: cursor &+ k) }
                line &+= run
                cursor &+= run
                misses = 0
            } else if let found = search(first, from: cursor &+ 1, for: later, line)
                        ?? sampled.line(withHash: later.hashes[line]),
                      found != cursor, AlignedRuns.runLength(first, found, later, line, limit: 1) == 1 {
                cursor = found
            } else {
                out[line] = -1
                line &+= 1
                misses &+= 1
                if misses >= givingUp { break }
            }
            if line > 0, Int(later.ends[line &- 1]) >= checkpoint {
                passed(Int(later.ends[line &- 1]))
                checkpoint = Int(later.ends[line &- 1]) + stride
            }
        }
        while line < later.count {
            out[line] = -1
            line &+= 1
        }
    }

    /// The first line of `first` in `start..<start + window` equal to line `line` of
    /// `later`, if any.
    @inline(__always)
    private static func search(_ first: TextPointers, from start: Int, for later: TextPointers, _ line: Int) -> Int? {
        let hash = later.hashes[line]
        var candidate = start
        let end = min(first.count, start &+ window)
        while candidate < end {
            if first.hashes[candidate] == hash && AlignedRuns.runLength(first, candidate, later, line, limit: 1) == 1 {
                return candidate
            }
            candidate &+= 1
        }
        return nil
    }
}
