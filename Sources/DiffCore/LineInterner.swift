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

    /// Texts with at least this many lines together are aligned on a second thread
    /// while the first is interned, when the caller allows it.
    static let parallelMinimum = 1 << 15

    /// Interns every line of `texts` (at most `maximumTexts`). With `concurrency`, the
    /// later texts are aligned with the first (`LineAligner`) while the first is
    /// interned; the ids are the same either way.
    /// - Throws: `DiffCoreError.tooManyLines` when a text has `maximumLines` or more.
    /// - Complexity: O(total bytes) expected.
    public init(_ texts: [LineText], concurrency: Concurrency = .sequential) throws(DiffCoreError) {
        precondition(texts.count <= Self.maximumTexts, "at most \(Self.maximumTexts) texts")
        if let large = texts.first(where: { $0.count >= Self.maximumLines }) {
            throw .tooManyLines(count: large.count)
        }
        let total = texts.reduce(0) { $0 + $1.count }
        var estimate = DistinctEstimate()
        for text in texts { estimate.add(text.lineHashes) }
        let table = InternTable(
            expectedLines: total, expectedClasses: min(total, estimate.count),
            expectedBytes: texts.reduce(0) { $0 + $1.bytes.count })
        let parallel = concurrency.isParallel && texts.count > 1 && total >= Self.parallelMinimum
        self.ids = withTextPointers(texts[...]) { pointers in
            withUninitializedIDs(pointers.map(\.count)[...]) { outs in
                guard !texts.isEmpty else { return }
                let first = Unchecked(value: { table.internFirst(texts, pointers: pointers, into: outs[0]) })
                let align = Unchecked(value: {
                    for index in texts.indices.dropFirst() {
                        LineAligner.align(
                            first: pointers[0], later: pointers[index], into: outs[index], stride: table.discardStride,
                            passed: { texts[index].bytes.discardCache(0..<$0) })
                    }
                })
                if parallel { concurrency.both({ first.value() }, { align.value() }) } else { first.value(); align.value() }
                for index in texts.indices.dropFirst() {
                    table.resolve(texts, textIndex: index, pointers: pointers, firstIDs: outs[0], into: outs[index])
                }
            }
        }
        self.classCount = table.classCount
    }
}

/// Calls `body` with one uninitialised buffer per count, then returns them as arrays:
/// `body` writes every element.
func withUninitializedIDs(
    _ counts: ArraySlice<Int>, _ collected: [UnsafeMutablePointer<Int32>] = [],
    _ body: ([UnsafeMutablePointer<Int32>]) -> Void
) -> [[Int32]] {
    guard let count = counts.first else {
        body(collected)
        return []
    }
    var rest: [[Int32]] = []
    let ids = [Int32](unsafeUninitializedCapacity: count) { buffer, initialized in
        // An empty buffer may have no storage; it is then never written.
        rest = withUninitializedIDs(counts.dropFirst(), collected + [buffer.baseAddress ?? UnsafeMutablePointer(bitPattern: 8)!], body)
        initialized = count
    }
    return [ids] + rest
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
