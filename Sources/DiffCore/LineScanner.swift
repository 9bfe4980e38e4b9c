/// Splits a text into lines and hashes each line: the first pass over every input.
///
/// A block of bytes at a time (small enough to stay in cache), two passes: one finds
/// every `\n` 64 bytes at a time (four vector compares gathered into a word with a bit
/// per byte), the other hashes the lines found, for interning (`InternTable`), and adds
/// them to an estimate of how many differ (`DistinctEstimate`) while they are in cache.
///
/// Why two passes: in one, every line end was a branch the processor could not predict
/// (where a newline falls in a word is random), and each line's hash loop another. The
/// newline pass writes four line ends of each 64 bytes unconditionally and advances by
/// how many there were, so only 64 bytes with five or more newlines take a branch.
enum LineScanner {
    /// Bytes split before their lines are hashed; a multiple of 64 that divides
    /// `discardStride`.
    static let blockSize = 1 << 16
    /// How many bytes are read between hints that they can leave memory (a power of 2).
    /// Each hint is a system call that also stops the other core to flush its address
    /// translations, so not too often: a megabyte at a time costs no measurable peak
    /// memory over 256 KiB.
    static let discardStride = 1 << 20

    /// The offset after each line and each line's hash (its upper 32 bits). Calls `done`
    /// with each stretch of about `discardStride` bytes it has finished, so a mapped
    /// file's pages can be dropped as the scan goes.
    static func scan(
        _ buffer: UnsafeBufferPointer<UInt8>, done: (Range<Int>) -> Void = { _ in }
    ) -> (ends: [UInt32], hashes: [UInt32], distinct: DistinctEstimate) {
        // Code has far more than 8 bytes a line; a larger reservation is only address
        // space (untouched pages cost no memory), and the rare text of tiny lines is
        // scanned again with room for one line a byte. No copy at the end.
        var capacity = buffer.count / 8 + 16
        while true {
            var ends: [UInt32] = [], fits = false, distinct = DistinctEstimate()
            let hashes = [UInt32](unsafeUninitializedCapacity: capacity) { hashBuffer, hashCount in
                ends = [UInt32](unsafeUninitializedCapacity: capacity) { endBuffer, endCount in
                    let count = fill(buffer, ends: endBuffer, hashes: hashBuffer, distinct: &distinct, done: done)
                    fits = count != nil
                    endCount = count ?? 0
                }
                hashCount = ends.count
            }
            if fits { return (ends, hashes, distinct) }
            capacity = buffer.count + 3
        }
    }

    /// The scan itself; nil when `ends` and `hashes` are too small.
    private static func fill(
        _ buffer: UnsafeBufferPointer<UInt8>, ends: UnsafeMutableBufferPointer<UInt32>,
        hashes: UnsafeMutableBufferPointer<UInt32>, distinct: inout DistinctEstimate, done: (Range<Int>) -> Void
    ) -> Int? {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0, hashed = 0, discarded = 0, i = 0
        while i < n {
            let blockEnd = min(n, i &+ blockSize)
            guard let found = findEnds(raw, from: i, to: blockEnd, last: blockEnd == n, ends: ends, count: count)
            else { return nil }
            count = found
            hash(raw, ends: ends, into: hashes, lines: hashed..<count)
            distinct.add(UnsafeBufferPointer(rebasing: hashes[hashed..<count]))
            hashed = count
            i = blockEnd
            let finished = count == 0 ? 0 : Int(ends[count &- 1])
            if i & (discardStride &- 1) == 0 && finished > discarded {
                done(discarded..<finished)
                discarded = finished
            }
        }
        if count == 0 || Int(ends[count &- 1]) != n {
            // A last line without terminator.
            guard count < ends.count else { return nil }
            ends[count] = UInt32(truncatingIfNeeded: n)
            count &+= 1
            hash(raw, ends: ends, into: hashes, lines: hashed..<count)
            distinct.add(UnsafeBufferPointer(rebasing: hashes[hashed..<count]))
        }
        done(discarded..<n)
        return count
    }

    /// Appends to `ends`, from `count` on, the offset after each `\n` in bytes
    /// `from..<to` (whole 64-byte steps only, unless `last`); the new count, or nil when
    /// `ends` has no room.
    @inline(__always)
    private static func findEnds(
        _ raw: UnsafeRawPointer, from: Int, to: Int, last: Bool, ends: UnsafeMutableBufferPointer<UInt32>, count: Int
    ) -> Int? {
        var count = count, i = from
        // Locals, not static constants: a static is read through a lazy-initialisation
        // check that the optimiser kept inside the loop.
        let newline = SIMD16<UInt8>(repeating: 0x0A), highs = SIMD2<UInt64>(repeating: 0x8080_8080_8080_8080)
        // Times a word whose bytes are 0x80 or 0, puts byte `j`'s bit at bit `56 + j`
        // (the partial products never overlap): eight bits, one per byte.
        let gather: UInt64 = 0x0002_0408_1020_4081
        while i &+ 64 <= to {
            guard count &+ 4 <= ends.count else { return nil }
            // A bit per byte of the 64, set for each newline: four vector compares, each
            // half of which (a word with the high bit of every newline byte) one multiply
            // gathers into eight bits.
            var newlines: UInt64 = 0
            for quarter in 0..<4 {
                let marks = unsafeBitCast(
                    raw.loadUnaligned(fromByteOffset: i &+ quarter &* 16, as: SIMD16<UInt8>.self) .== newline,
                    to: SIMD2<UInt64>.self) & highs
                let bits = (marks[0] &* gather) >> 56 | ((marks[1] &* gather) >> 56) << 8
                newlines |= bits << UInt64(quarter &* 16)
            }
            // The first four ends are written whether or not there are that many (junk
            // past `count` is overwritten later); only more than four take a branch the
            // processor cannot predict.
            var rest = newlines
            for slot in 0..<4 {
                ends[count &+ slot] = UInt32(truncatingIfNeeded: i &+ rest.trailingZeroBitCount &+ 1)
                rest &= rest &- 1
            }
            count &+= min(newlines.nonzeroBitCount, 4)
            while rest != 0 {
                guard count < ends.count else { return nil }
                ends[count] = UInt32(truncatingIfNeeded: i &+ rest.trailingZeroBitCount &+ 1)
                count &+= 1
                rest &= rest &- 1
            }
            i &+= 64
        }
        guard last else { return count }
        while i < to {
            if raw.load(fromByteOffset: i, as: UInt8.self) == 0x0A {
                guard count < ends.count else { return nil }
                ends[count] = UInt32(truncatingIfNeeded: i &+ 1)
                count &+= 1
            }
            i &+= 1
        }
        return count
    }

    /// Hashes `lines`, whose ends are in `ends`.
    @inline(__always)
    private static func hash(
        _ raw: UnsafeRawPointer, ends: UnsafeMutableBufferPointer<UInt32>,
        into hashes: UnsafeMutableBufferPointer<UInt32>, lines: Range<Int>
    ) {
        var start = lines.lowerBound == 0 ? 0 : Int(ends[lines.lowerBound &- 1])
        for line in lines {
            let end = Int(ends[line])
            hashes[line] = UInt32(truncatingIfNeeded: LineHash.hash(raw, start: start, length: end &- start) >> 32)
            start = end
        }
    }
}
