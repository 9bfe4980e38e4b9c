/// A fast 64-bit hash of a line's bytes, sixteen bytes a step.
///
/// Not cryptographic: it only spreads lines over the interning table, and equal hashes
/// are always confirmed byte by byte. The mixing is wyhash's (Wang Yi): one 64×64→128-bit
/// multiplication folds sixteen bytes into the state, where the earlier multiply, rotate
/// and finalizer chain took twelve instructions for eight; every line of every input is
/// hashed once, so this is a large part of reading a file. All loads stay inside the
/// line: the tail is read as the last eight (or four) bytes, overlapping.
@usableFromInline
enum LineHash {
    private static let secret0: UInt64 = 0xA076_1D64_78BD_642F
    private static let secret1: UInt64 = 0xE703_7ED1_A0B4_28DB
    private static let secret2: UInt64 = 0x8EBC_6AF0_9C88_C6E3

    /// Hashes the `length` bytes at `start`.
    @inline(__always)
    static func hash(_ base: UnsafeRawPointer, start: Int, length: Int) -> UInt64 {
        let p = base + start
        var seed = secret0 ^ UInt64(truncatingIfNeeded: length)
        let a: UInt64, b: UInt64
        if length > 16 {
            var offset = 0
            while offset &+ 16 < length {
                seed = mum(word(p, offset) ^ secret1, word(p, offset &+ 8) ^ seed)
                offset &+= 16
            }
            (a, b) = (word(p, length &- 16), word(p, length &- 8))
        } else if length >= 8 {
            (a, b) = (word(p, 0), word(p, length &- 8))
        } else if length >= 4 {
            a = UInt64(p.loadUnaligned(as: UInt32.self))
            b = UInt64(p.loadUnaligned(fromByteOffset: length &- 4, as: UInt32.self))
        } else if length > 0 {
            // One, two or three bytes, each picked at least once; the length tells them apart.
            a = UInt64(byte(p, 0)) << 16 | UInt64(byte(p, length >> 1)) << 8 | UInt64(byte(p, length &- 1))
            b = 0
        } else {
            (a, b) = (0, 0)
        }
        return mum(mum(a ^ secret1, b ^ seed) ^ secret2, UInt64(truncatingIfNeeded: length) ^ secret1)
    }

    /// The high and low halves of the 128-bit product, folded.
    @inline(__always) static func mum(_ x: UInt64, _ y: UInt64) -> UInt64 {
        let (high, low) = x.multipliedFullWidth(by: y)
        return high ^ low
    }

    @inline(__always) private static func word(_ p: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        p.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
    }

    @inline(__always) private static func byte(_ p: UnsafeRawPointer, _ offset: Int) -> UInt8 {
        p.load(fromByteOffset: offset, as: UInt8.self)
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
