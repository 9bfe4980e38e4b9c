/// Maps lines to dense integer ids: two lines get the same id exactly when their bytes
/// (terminator included) are equal.
///
/// One interner serves all inputs of a diff or merge, so ids compare across texts.
public struct InternedTexts: Sendable {
    /// The most texts interned together (two bits of a representative name the text).
    public static let maximumTexts = 4
    /// The most lines of one text (the other 30 bits).
    public static let maximumLines = 1 << 30

    /// `ids[t][i]` is the id of line `i` of text `t`.
    public let ids: [[Int32]]
    /// The number of distinct lines; ids run from 0 to `classCount - 1`.
    public let classCount: Int

    /// Interns every line of `texts` (at most `maximumTexts`).
    /// - Throws: `DiffCoreError.tooManyLines` when a text has `maximumLines` or more.
    /// - Complexity: O(total bytes) expected.
    public init(_ texts: [LineText]) throws(DiffCoreError) {
        precondition(texts.count <= Self.maximumTexts, "at most \(Self.maximumTexts) texts")
        if let large = texts.first(where: { $0.count >= Self.maximumLines }) {
            throw .tooManyLines(count: large.count)
        }
        let total = texts.reduce(0) { $0 + $1.count }
        var estimate = DistinctEstimate()
        for text in texts { estimate.merge(text.distinct) }
        let table = InternTable(
            expectedLines: total, expectedClasses: min(total, estimate.count),
            expectedBytes: texts.reduce(0) { $0 + $1.bytes.count })
        var ids: [[Int32]] = []
        withTextPointers(texts[...]) { pointers in
            for index in texts.indices {
                ids.append(table.intern(texts, textIndex: index, pointers: pointers, first: ids.first))
            }
        }
        self.ids = ids
        self.classCount = table.classCount
    }
}

/// The bytes, line ends and line hashes of one text, valid inside `withTextPointers`.
struct TextPointers {
    var bytes: UnsafeRawPointer
    var ends: UnsafePointer<UInt32>
    var hashes: UnsafePointer<UInt32>
    /// The number of lines.
    var count: Int

    @inline(__always) func start(ofLine line: Int) -> Int { line == 0 ? 0 : Int(ends[line &- 1]) }
}

/// Calls `body` with the pointers of every text, valid for the call.
func withTextPointers<R>(
    _ texts: ArraySlice<LineText>, _ collected: [TextPointers] = [],
    _ body: ([TextPointers]) -> R
) -> R {
    guard let first = texts.first else { return body(collected) }
    return first.bytes.withUnsafeBytes { raw in
        first.lineEnds.withUnsafeBufferPointer { ends in
            first.lineHashes.withUnsafeBufferPointer { hashes in
                // Empty arrays may have no storage; such a pointer is never read.
                let pointers = TextPointers(
                    bytes: raw.baseAddress ?? UnsafeRawPointer(bitPattern: 8)!,
                    ends: ends.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                    hashes: hashes.baseAddress ?? UnsafePointer(bitPattern: 8)!,
                    count: first.count)
                return withTextPointers(texts.dropFirst(), collected + [pointers], body)
            }
        }
    }
}
