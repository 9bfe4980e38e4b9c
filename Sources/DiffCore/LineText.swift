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

    /// How far `looksBinary` looks, as git's `buffer_is_binary` (`FIRST_FEW_BYTES`).
    public static let binaryProbeLength = 8000

    /// True when a NUL byte occurs in the first 8000 bytes: git's test for a binary
    /// file, which diff and merge commands refuse to show line by line.
    public var looksBinary: Bool {
        bytes.withUnsafeBytes { Self.looksBinary($0) }
    }

    /// Git's binary test on any bytes: a NUL byte among the first 8000. The one place
    /// the rule is written, for texts, scanned files and project files alike.
    public static func looksBinary<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.prefix(binaryProbeLength).contains(0)
    }

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
        // Code has far more than 8 bytes a line; a larger reservation is only address
        // space (untouched pages cost no memory), and the rare text of tiny lines is
        // scanned again with room for one line a byte. No copy at the end.
        var capacity = buffer.count / 8 + 16
        while true {
            var ends: [UInt32] = [], fits = false
            let hashes = [UInt32](unsafeUninitializedCapacity: capacity) { hashBuffer, hashCount in
                ends = [UInt32](unsafeUninitializedCapacity: capacity) { endBuffer, endCount in
                    let count = fill(buffer, ends: endBuffer, hashes: hashBuffer, done: done)
                    fits = count != nil
                    endCount = count ?? 0
                }
                hashCount = ends.count
            }
            if fits { return (ends, hashes) }
            capacity = buffer.count + 1
        }
    }

    /// The scan itself; nil when `ends` and `hashes` are too small.
    private static func fill(
        _ buffer: UnsafeBufferPointer<UInt8>, ends: UnsafeMutableBufferPointer<UInt32>,
        hashes: UnsafeMutableBufferPointer<UInt32>, done: (Range<Int>) -> Void
    ) -> Int? {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var count = 0, start = 0
        @inline(__always) func endLine(_ end: Int) -> Bool {
            guard count < ends.count else { return false }
            let hash = LineHash.hash(raw, start: start, length: end &- start, bufferCount: n)
            ends[count] = UInt32(truncatingIfNeeded: end)
            hashes[count] = UInt32(truncatingIfNeeded: hash >> 32)
            count &+= 1
            start = end
            return true
        }
        var i = 0, discarded = 0
        while i + 8 <= n {
            var mask = SWAR.zeroBytes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ SWAR.newlines)
            while mask != 0 {
                guard endLine(i &+ (mask.trailingZeroBitCount >> 3) &+ 1) else { return nil }
                mask &= mask &- 1
            }
            i &+= 8
            if i & (discardStride - 1) == 0 && start > discarded {
                done(discarded..<start)  // the current line's bytes are still to be hashed
                discarded = start
            }
        }
        while i < n {
            if base[i] == 0x0A { guard endLine(i + 1) else { return nil } }
            i += 1
        }
        if start != n { guard endLine(n) else { return nil } }
        done(discarded..<n)
        return count
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
