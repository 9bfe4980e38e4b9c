/// A text split into lines, every line keeping its terminator.
///
/// Nothing is decoded: the bytes may be in any encoding, hold invalid UTF-8 or NUL
/// bytes. A line ends after `\n` (so `\r\n` stays with its line); a lone `\r` is not a
/// terminator. The last line may have no terminator; `hasFinalNewline` says so.
///
/// Offsets are 32-bit to halve the memory of large files, so a text is limited to
/// 4 GiB (`LineText.maximumByteCount`).
public struct LineText: Sendable {
    /// How many bytes are read between hints that they can leave memory (a power of 2).
    static let discardStride = 1 << 18

    /// The largest text, in bytes, that fits the 32-bit line offsets.
    public static let maximumByteCount = Int(UInt32.max)

    /// The bytes, exactly as given.
    public let bytes: TextBytes
    /// `lineEnds[i]` is the offset just past line `i` (its terminator included).
    public let lineEnds: [UInt32]
    /// A 32-bit hash of each line's bytes, computed during the split while the bytes
    /// are in cache, for interning (`InternTable`).
    let lineHashes: [UInt32]

    /// Splits `bytes` into lines.
    /// - Throws: `DiffCoreError.textTooLarge` past `maximumByteCount`.
    /// - Complexity: O(n), eight bytes at a time.
    public init(_ bytes: [UInt8]) throws(DiffCoreError) {
        guard bytes.count <= Self.maximumByteCount else {
            throw .textTooLarge(byteCount: bytes.count)
        }
        self.init(TextBytes(bytes), checked: ())
    }

    /// Splits bytes owned elsewhere (a mapped file, say).
    /// - Throws: `DiffCoreError.textTooLarge` past `maximumByteCount`.
    public init(_ external: ExternalBytes) throws(DiffCoreError) {
        guard external.count <= Self.maximumByteCount else {
            throw .textTooLarge(byteCount: external.count)
        }
        self.init(TextBytes(external), checked: ())
    }

    private init(_ bytes: TextBytes, checked: Void) {
        self.bytes = bytes
        (lineEnds, lineHashes) = bytes.withUnsafeBytes { raw in
            LineText.scanLines(raw.assumingMemoryBound(to: UInt8.self)) { bytes.discardCache($0) }
        }
    }

    /// Splits a UTF-8 string (a convenience for tests and small texts).
    public init(_ string: String) {
        // A String cannot exceed the 32-bit limit in any practical test.
        self.init(TextBytes(Array(string.utf8)), checked: ())
    }

    /// The number of lines (a final line without terminator counts).
    @inlinable public var count: Int { lineEnds.count }

    /// True unless the text is non-empty and its last line has no terminator.
    public var hasFinalNewline: Bool { bytes.last.map { $0 == 0x0A } ?? true }

    /// The byte offset where line `index` starts; `count` gives the end of the text.
    @inlinable public func start(ofLine index: Int) -> Int {
        index == 0 ? 0 : Int(lineEnds[index - 1])
    }

    /// The byte range of line `index`, terminator included.
    @inlinable public func range(ofLine index: Int) -> Range<Int> {
        start(ofLine: index)..<Int(lineEnds[index])
    }

    /// The byte range of lines `lines` (a range of line indices).
    @inlinable public func byteRange(ofLines lines: Range<Int>) -> Range<Int> {
        start(ofLine: lines.lowerBound)..<start(ofLine: lines.upperBound)
    }

    /// The bytes of line `index`, terminator included.
    @inlinable public func line(_ index: Int) -> Slice<TextBytes> {
        bytes[range(ofLine: index)]
    }

    /// Finds every `\n` with word-at-a-time scanning (SWAR: a zero byte in
    /// `word ^ 0x0A0A…` marks a newline) and hashes each line as soon as its end is
    /// found, while its bytes are still in cache.
    ///
    /// Calls `done` with each stretch of `discardStride` bytes it has finished, so a
    /// mapped file's pages can be dropped as the scan goes.
    static func scanLines(
        _ buffer: UnsafeBufferPointer<UInt8>, done: (Range<Int>) -> Void = { _ in }
    ) -> (ends: [UInt32], hashes: [UInt32]) {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return ([], []) }
        let raw = UnsafeRawPointer(base)
        var lines = LineBuffer(capacity: n / 32 + 16)
        var start = 0
        @inline(__always) func endLine(_ end: Int) {
            let hash = LineHash.hash(raw, start: start, length: end &- start, bufferCount: n)
            lines.appendUnchecked(end: UInt32(truncatingIfNeeded: end), hash: UInt32(truncatingIfNeeded: hash >> 32))
            start = end
        }
        var i = 0, discarded = 0
        while i + 8 <= n {
            var mask = SWAR.zeroBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ SWAR.newlines)
            if mask != 0 {
                lines.reserve(8)
                repeat {
                    endLine(i &+ (mask.trailingZeroBitCount >> 3) &+ 1)
                    mask &= mask &- 1
                } while mask != 0
            }
            i &+= 8
            if i & (discardStride - 1) == 0 && start > discarded {
                done(discarded..<start)  // the current line's bytes are still to be hashed
                discarded = start
            }
        }
        lines.reserve(8)
        while i < n {
            if base[i] == 0x0A { endLine(i + 1) }
            i += 1
        }
        if start != n { endLine(n) }
        done(discarded..<n)
        return lines.arrays()
    }
}

/// Growable buffers of line ends and hashes that append without checks between
/// `reserve` calls: the scan's inner loop is two stores and an increment.
struct LineBuffer {
    private var ends: UnsafeMutablePointer<UInt32>
    private var hashes: UnsafeMutablePointer<UInt32>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        ends = .allocate(capacity: self.capacity)
        hashes = .allocate(capacity: self.capacity)
    }

    /// Makes room for `extra` more lines, doubling the storage when needed.
    @inline(__always) mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        ends = Self.moved(ends, count, capacity)
        hashes = Self.moved(hashes, count, capacity)
    }

    private static func moved(_ old: UnsafeMutablePointer<UInt32>, _ count: Int, _ capacity: Int) -> UnsafeMutablePointer<UInt32> {
        let grown = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        grown.moveInitialize(from: old, count: count)
        old.deallocate()
        return grown
    }

    @inline(__always) mutating func appendUnchecked(end: UInt32, hash: UInt32) {
        ends[count] = end
        hashes[count] = hash
        count &+= 1
    }

    /// The ends and hashes as arrays; the buffer is freed and must not be used again.
    consuming func arrays() -> (ends: [UInt32], hashes: [UInt32]) {
        defer {
            ends.deallocate()
            hashes.deallocate()
        }
        return (Array(UnsafeBufferPointer(start: ends, count: count)),
                Array(UnsafeBufferPointer(start: hashes, count: count)))
    }
}

/// Word-at-a-time byte tricks.
enum SWAR {
    static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// A word with the high bit set in exactly the bytes of `x` that are zero.
    ///
    /// The exact form (no false positives from borrows), so every bit can be used.
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7 = ~highs
        let t = (x & low7) &+ low7
        return ~(t | x | low7)
    }
}
