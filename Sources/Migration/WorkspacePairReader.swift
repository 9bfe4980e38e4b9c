import Crypto

/// One worker's reading, comparing and hashing of pairs.
///
/// Files are read in chunks into two buffers (one per tree) reused from pair to pair,
/// so memory stays flat whatever the files' sizes and each chunk is hashed while it is
/// still in the cache. While both sides' chunks are equal they feed one hash; at the
/// first difference the hash is copied and each side goes on with its own. Whole bytes
/// are kept only for what will be merged: a text file on both sides whose bytes differ.
struct PairReader {
    /// Larger than git's binary probe (`LineText.binaryProbeLength`), so the first chunk
    /// decides the binary flag; most source files fit in one.
    static let chunkSize = 256 << 10

    let source: WorkspacePairs.Tree
    let target: WorkspacePairs.Tree
    private var sourceBuffer = [UInt8](repeating: 0, count: chunkSize)
    private var targetBuffer = [UInt8](repeating: 0, count: chunkSize)

    init(source: WorkspacePairs.Tree, target: WorkspacePairs.Tree) {
        self.source = source
        self.target = target
    }

    /// Classifies a path that is a file, link or special file on each side that has it.
    mutating func compare(_ pair: WorkspacePair) throws(ScanError) -> WorkspacePairs.Compared {
        let sourceSide = try PairSide.open(source, pair.path, pair.source)
        defer { sourceSide?.close() }
        let targetSide = try PairSide.open(target, pair.path, pair.target)
        defer { targetSide?.close() }
        var read = PairRead()
        if let sourceSide, let targetSide, case .file = sourceSide.content, case .file = targetSide.content {
            if pair.source?.size == pair.target?.size {
                read = try stream(sourceSide, targetSide)
            } else {
                // Sizes differ: a conflict, so both texts may be merged; read them whole.
                (read.source, read.sourceText) = try sourceSide.whole()
                (read.target, read.targetText) = try targetSide.whole()
            }
        } else {
            if let sourceSide { read.source = try sourceSide.summary(buffer: &sourceBuffer) }
            if let targetSide { read.target = try targetSide.summary(buffer: &targetBuffer) }
            read.equal = sourceSide?.linkText != nil && sourceSide?.linkText == targetSide?.linkText
        }
        return read.compared(pair)
    }

    /// Both sides, files of equal size, chunk by chunk.
    private mutating func stream(_ sourceSide: PairSide, _ targetSide: PairSide) throws(ScanError) -> PairRead {
        var hash = SHA256(), targetHash: SHA256? = nil
        var read = PairRead(), chunks = 0, firstCounts = (0, 0)
        while true {
            let sourceCount = try sourceSide.fill(&sourceBuffer), targetCount = try targetSide.fill(&targetBuffer)
            if sourceCount == 0 && targetCount == 0 { break }
            if chunks == 0 { firstCounts = (sourceCount, targetCount) }
            sourceBuffer.withUnsafeBytes { whole in
                targetBuffer.withUnsafeBytes { otherWhole in
                    let bytes = UnsafeRawBufferPointer(rebasing: whole[..<sourceCount])
                    let other = UnsafeRawBufferPointer(rebasing: otherWhole[..<targetCount])
                    let same = targetHash == nil && PairRead.equal(bytes, other)
                    if chunks == 0 {
                        read.source.binary = PairRead.looksBinary(bytes)
                        read.target.binary = same ? read.source.binary : PairRead.looksBinary(other)
                    }
                    if !same && targetHash == nil { targetHash = hash }
                    hash.update(bufferPointer: bytes)
                    if !same { targetHash!.update(bufferPointer: other) }
                }
            }
            chunks += 1
            if sourceCount < Self.chunkSize && targetCount < Self.chunkSize { break }
        }
        read.equal = targetHash == nil
        read.source.hash = ContentHash(hasher: hash)
        read.target.hash = targetHash.map { ContentHash(hasher: $0) } ?? read.source.hash
        if !read.equal && !read.source.binary && !read.target.binary {
            // A text conflict: its bytes are merged. One chunk each is still in the buffers.
            if chunks == 1 {
                read.sourceText = Array(sourceBuffer[..<firstCounts.0])
                read.targetText = Array(targetBuffer[..<firstCounts.1])
            } else {
                read.sourceText = try sourceSide.whole().text
                read.targetText = try targetSide.whole().text
            }
        }
        return read
    }
}
