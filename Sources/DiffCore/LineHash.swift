/// A fast 64-bit hash of a line's bytes, read eight bytes at a time.
///
/// Not cryptographic: it only spreads lines over the interning table, and equal hashes
/// are always confirmed byte by byte.
@usableFromInline
enum LineHash {
    @usableFromInline static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Hashes `length` bytes at `start` of a buffer of `bufferCount` bytes.
    @inline(__always)
    static func hash(_ base: UnsafeRawPointer, start: Int, length: Int, bufferCount: Int) -> UInt64 {
        var h = UInt64(truncatingIfNeeded: length) &* multiplier
        var p = start
        let end = start + length
        if length >= 8 {
            while p + 8 <= end {
                h = mix(h, base.loadUnaligned(fromByteOffset: p, as: UInt64.self))
                p += 8
            }
            if p < end {
                // The last partial word, read as the final eight bytes (overlapping).
                h = mix(h, base.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self))
            }
        } else if length > 0 {
            var word: UInt64
            if start + 8 <= bufferCount {
                word = base.loadUnaligned(fromByteOffset: start, as: UInt64.self)
                word &= (UInt64(1) << UInt64(length * 8)) &- 1
            } else {
                word = 0
                for i in 0..<length {
                    word |= UInt64(base.load(fromByteOffset: start + i, as: UInt8.self)) << UInt64(i * 8)
                }
            }
            h = mix(h, word)
        }
        return finalize(h)
    }

    @inline(__always) static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* multiplier
        return (m << 31) | (m >> 33)
    }

    /// MurmurHash3's 64-bit finalizer: every input bit reaches every output bit.
    @inline(__always) static func finalize(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// True when the byte ranges are equal.
    ///
    /// Eight bytes at a time; the last partial word is compared as the final eight bytes
    /// (overlapping), and a range shorter than a word four, two and one at a time, so no
    /// line costs a byte loop.
    @inline(__always)
    static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, length: Int) -> Bool {
        guard length >= 8 else { return equalShort(a, b, length: length) }
        var i = 0
        while i &+ 8 < length {
            if a.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i &+= 8
        }
        return a.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self)
            == b.loadUnaligned(fromByteOffset: length &- 8, as: UInt64.self)
    }

    /// `equal` for fewer than eight bytes.
    @inline(__always)
    private static func equalShort(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, length: Int) -> Bool {
        var i = 0
        if length & 4 != 0 {
            if a.loadUnaligned(as: UInt32.self) != b.loadUnaligned(as: UInt32.self) { return false }
            i = 4
        }
        if length & 2 != 0 {
            if a.loadUnaligned(fromByteOffset: i, as: UInt16.self)
                != b.loadUnaligned(fromByteOffset: i, as: UInt16.self) { return false }
            i &+= 2
        }
        return length & 1 == 0
            || a.load(fromByteOffset: i, as: UInt8.self) == b.load(fromByteOffset: i, as: UInt8.self)
    }
}
