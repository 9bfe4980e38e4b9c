/// A text split into lines, every line keeping its terminator.
///
/// Nothing is decoded: the bytes may be in any encoding, hold invalid UTF-8 or NUL
/// bytes. A line ends after `\n` (so `\r\n` stays with its line); a lone `\r` is not a
/// terminator. The last line may have no terminator; `hasFinalNewline` says so.
///
/// Offsets are 32-bit to halve the memory of large files, so a text is limited to
/// 4 GiB (`LineText.maximumByteCount`).
public struct LineText: Sendable {
    /// The largest text, in bytes, that fits the 32-bit line offsets.
    public static let maximumByteCount = Int(UInt32.max)

    /// The bytes, exactly as given.
    public let bytes: TextBytes
    /// `lineEnds[i]` is the offset just past line `i` (its terminator included).
    public let lineEnds: [UInt32]
    /// A 32-bit hash of each line's bytes, computed during the split while the bytes
    /// are in cache, for interning (`InternTable`).
    let lineHashes: [UInt32]
    /// How many of the hashes differ, estimated during the split (for interning).
    let distinct: DistinctEstimate

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
        (lineEnds, lineHashes, distinct) = bytes.withUnsafeBytes { raw in
            LineScanner.scan(raw.assumingMemoryBound(to: UInt8.self)) { bytes.discardCache($0) }
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
}
