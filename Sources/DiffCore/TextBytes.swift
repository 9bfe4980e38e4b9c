/// The bytes of a text: an array, or memory the caller owns (a mapped file).
///
/// Why not just `[UInt8]`: a diff of two 30 MB files would hold 60 MB of bytes for the
/// whole run, although after interning only the lines of the hunks are read again. With
/// `ExternalBytes` over a read-only file mapping, converge tells the system which pages
/// it no longer needs (`discardCache`), so its memory stays far below the input size; a
/// later read simply brings the page back with the same bytes.
public struct TextBytes: RandomAccessCollection, Sendable {
    enum Storage: Sendable {
        case array([UInt8])
        case external(ExternalBytes)
    }

    let storage: Storage
    public let endIndex: Int
    public var startIndex: Int { 0 }

    public init(_ array: [UInt8]) {
        storage = .array(array)
        endIndex = array.count
    }

    public init(_ external: ExternalBytes) {
        storage = .external(external)
        endIndex = external.count
    }

    public subscript(position: Int) -> UInt8 {
        precondition(position >= 0 && position < endIndex, "byte index out of range")
        switch storage {
        case .array(let array): return array[position]
        case .external(let external): return external.base.load(fromByteOffset: position, as: UInt8.self)
        }
    }

    /// Calls `body` with the bytes, valid only during the call.
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .array(let array): return try array.withUnsafeBytes(body)
        case .external(let external):
            return try body(UnsafeRawBufferPointer(start: external.base, count: external.count))
        }
    }

    /// A hint that the bytes of `range` will not be read for a while. Mapped bytes give
    /// their memory back; reading them later gives the same bytes. Arrays ignore it.
    public func discardCache(_ range: Range<Int>) {
        if case .external(let external) = storage, !range.isEmpty {
            external.discard(range.clamped(to: 0..<external.count))
        }
    }
}

extension TextBytes: Equatable {
    public static func == (lhs: TextBytes, rhs: TextBytes) -> Bool {
        lhs.count == rhs.count && lhs.withUnsafeBytes { a in rhs.withUnsafeBytes { b in a.elementsEqual(b) } }
    }
}

/// Bytes owned by someone else (for instance a read-only file mapping), with what to do
/// to drop cached pages and to give the memory back at the end.
public final class ExternalBytes: @unchecked Sendable {
    public let base: UnsafeRawPointer
    public let count: Int
    private let discardPages: @Sendable (UnsafeRawPointer, Range<Int>) -> Void
    private let release: @Sendable (UnsafeRawPointer, Int) -> Void

    /// - Parameters:
    ///   - discard: drops the cached pages of a byte range; later reads must still see
    ///     the same bytes (for a private read-only mapping, `madvise(MADV_DONTNEED)`).
    ///   - release: frees the memory when the last text using it is gone.
    public init(
        base: UnsafeRawPointer, count: Int,
        discard: @escaping @Sendable (UnsafeRawPointer, Range<Int>) -> Void,
        release: @escaping @Sendable (UnsafeRawPointer, Int) -> Void
    ) {
        self.base = base
        self.count = count
        self.discardPages = discard
        self.release = release
    }

    func discard(_ range: Range<Int>) { discardPages(base, range) }

    deinit { release(base, count) }
}

/// Drops a text's cached pages behind a reader that moves forward through it, a stride
/// at a time, so writing a long output does not bring the whole input back into memory.
struct CacheTrimmer {
    static let stride = 1 << 18

    private let bytes: TextBytes
    private var trimmed = 0

    init(_ bytes: TextBytes) { self.bytes = bytes }

    /// The reader will not go back before `offset`.
    @inline(__always) mutating func passed(_ offset: Int) {
        if offset - trimmed >= Self.stride {
            bytes.discardCache(trimmed..<offset)
            trimmed = offset
        }
    }
}
