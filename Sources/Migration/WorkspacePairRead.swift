import DiffCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What reading one pair found: each side's hash and binary flag, whether the two hold
/// the same bytes, and both texts when they may be merged.
struct PairRead {
    struct Side {
        var hash: ContentHash? = nil
        var binary = false
    }

    var source = Side()
    var target = Side()
    /// Both sides were read and hold the same bytes.
    var equal = false
    var sourceText: [UInt8]? = nil
    var targetText: [UInt8]? = nil

    /// The pair's class, flags and sides; the texts are kept for a conflict between two
    /// text files, the merge's input.
    func compared(_ pair: WorkspacePair) -> WorkspacePairs.Compared {
        let (left, right) = (pair.source, pair.target)
        var flags: FileClassFlags = []
        if left?.kind == .symlink || right?.kind == .symlink { flags.insert(.symlink) }
        if source.binary || target.binary { flags.insert(.binary) }
        let sourceSide = left.map { ScannedSide(kind: $0.kind, size: $0.size, mode: $0.mode, hash: source.hash) }
        let targetSide = right.map { ScannedSide(kind: $0.kind, size: $0.size, mode: $0.mode, hash: target.hash) }
        var fileClass = FileClass.conflict, texts: ConflictTexts? = nil
        switch (left, right) {
        case (nil, _): fileClass = .targetOnly
        case (_, nil): fileClass = .sourceOnly
        case let (left?, right?):
            let sameKind = left.kind == right.kind && left.kind != .other
            if sameKind && left.size == right.size && equal { fileClass = .same }
            if left.kind == .file && right.kind == .file && left.mode != right.mode { flags.insert(.modeDiffers) }
            if fileClass == .conflict, left.kind == .file, right.kind == .file, !flags.contains(.binary),
               let sourceText, let targetText {
                texts = ConflictTexts(source: sourceText, target: targetText)
            }
        }
        let file = ScannedFile(path: pair.path, fileClass: fileClass, flags: flags, source: sourceSide, target: targetSide)
        return WorkspacePairs.Compared(file: file, texts: texts)
    }

    /// `LineText.looksBinary`'s rule (a NUL among the first `binaryProbeLength` bytes)
    /// with `memchr`, which reads the probe many bytes at a time; the scan asks it of
    /// every file it reads.
    static func looksBinary(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let probe = min(bytes.count, LineText.binaryProbeLength)
        return probe > 0 && memchr(bytes.baseAddress!, 0, probe) != nil
    }

    static func equal(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }
}
