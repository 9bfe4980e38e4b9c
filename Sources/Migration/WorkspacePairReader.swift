import DiffCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One worker's reading and comparing of pairs, with its own two read buffers (one per
/// tree), reused from pair to pair.
struct PairReader {
    typealias Entry = WorkspaceListing.Entry

    let source: WorkspacePairs.Tree
    let target: WorkspacePairs.Tree
    private var sourceBuffer: [UInt8] = []
    private var targetBuffer: [UInt8] = []

    init(source: WorkspacePairs.Tree, target: WorkspacePairs.Tree) {
        self.source = source
        self.target = target
    }

    /// Classifies a path that is a file, link or special file on each side that has it.
    mutating func compare(_ pair: WorkspacePair) throws(ScanError) -> WorkspacePairs.Compared {
        var sourceCount: Int? = nil, targetCount: Int? = nil
        if let entry = pair.source { sourceCount = try Self.read(source, pair.path, entry, into: &sourceBuffer) }
        if let entry = pair.target { targetCount = try Self.read(target, pair.path, entry, into: &targetBuffer) }
        return sourceBuffer.withUnsafeBytes { sourceBytes in
            targetBuffer.withUnsafeBytes { targetBytes in
                Self.classify(pair, sourceCount.map { UnsafeRawBufferPointer(rebasing: sourceBytes[..<$0]) },
                              targetCount.map { UnsafeRawBufferPointer(rebasing: targetBytes[..<$0]) })
            }
        }
    }

    /// The class, flags and sides of a pair whose sides were read (nil: not read).
    private static func classify(_ pair: WorkspacePair, _ sourceBytes: UnsafeRawBufferPointer?,
                                 _ targetBytes: UnsafeRawBufferPointer?) -> WorkspacePairs.Compared {
        let (left, right) = (pair.source, pair.target)
        var flags: FileClassFlags = []
        if left?.kind == .symlink || right?.kind == .symlink { flags.insert(.symlink) }
        let equalBytes = sourceBytes.flatMap { a in targetBytes.map { b in equal(a, b) } } ?? false
        let sourceBinary = sourceBytes.map { LineText.looksBinary($0) } ?? false
        let targetBinary = equalBytes ? sourceBinary : targetBytes.map { LineText.looksBinary($0) } ?? false
        if sourceBinary || targetBinary { flags.insert(.binary) }
        let sourceHash = sourceBytes.map { ContentHash(of: $0) }
        let targetHash = equalBytes ? sourceHash : targetBytes.map { ContentHash(of: $0) }
        let sourceSide = left.map { ScannedSide(kind: $0.kind, size: $0.size, mode: $0.mode, hash: sourceHash) }
        let targetSide = right.map { ScannedSide(kind: $0.kind, size: $0.size, mode: $0.mode, hash: targetHash) }
        var fileClass = FileClass.conflict, texts: ConflictTexts? = nil
        switch (left, right) {
        case (nil, _): fileClass = .targetOnly
        case (_, nil): fileClass = .sourceOnly
        case let (left?, right?):
            let sameKind = left.kind == right.kind && left.kind != .other
            if sameKind && left.size == right.size && equalBytes { fileClass = .same }
            if left.kind == .file && right.kind == .file && left.mode != right.mode { flags.insert(.modeDiffers) }
            if fileClass == .conflict, left.kind == .file, right.kind == .file, !flags.contains(.binary),
               let sourceBytes, let targetBytes {
                texts = ConflictTexts(source: Array(sourceBytes), target: Array(targetBytes))
            }
        }
        let file = ScannedFile(path: pair.path, fileClass: fileClass, flags: flags, source: sourceSide, target: targetSide)
        return WorkspacePairs.Compared(file: file, texts: texts)
    }

    private static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    /// Reads a file's bytes or a link's target text into `buffer`; returns how many, or
    /// nil for a special file, which is not read.
    private static func read(_ tree: WorkspacePairs.Tree, _ path: String, _ entry: Entry,
                             into buffer: inout [UInt8]) throws(ScanError) -> Int? {
        let full = "\(tree.path)/\(path)"
        switch entry.kind {
        case .file:
            do {
                return try FileBytes.read(tree.descriptor >= 0 ? path : full, in: tree.descriptor, into: &buffer,
                                          sizeHint: entry.size)
            } catch {
                throw ScanError(path: full, code: error.code)
            }
        case .symlink:
            let text = try WorkspaceListing.bytes(of: full, kind: .symlink, size: entry.size)
            if buffer.count < text.count { buffer = [UInt8](repeating: 0, count: text.count) }
            buffer.replaceSubrange(0..<text.count, with: text)
            return text.count
        case .folder, .other:
            return nil
        }
    }
}
