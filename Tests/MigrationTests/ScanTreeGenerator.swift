import ConvergeTestSupport
import Foundation
import Migration

/// Two generated trees, SOURCE and TARGET, with every class and flag of a scan, and the
/// classification each path must get: the ground truth the oracle tests check against.
///
/// Random (fixed seed) in which files fall into which case, their folders and sizes;
/// conflicts of equal size are made on purpose, so the byte comparison is exercised and
/// not only the size check. No folder is left empty (`diff -rq` would report it, a scan
/// lists files).
struct ScanTreeGenerator {
    let folder: TemporaryFolder
    var source: String { folder.file("source") }
    var target: String { folder.file("target") }
    private(set) var expected: [String: (FileClass, FileClassFlags)] = [:]
    private var random: SeededRandom

    enum Case: CaseIterable {
        case same, conflict, conflictSameSize, sourceOnly, targetOnly, binaryConflict, binarySame, symlinkSame,
             symlinkConflict, symlinkSourceOnly, modeDiffers, typeClash, excludedFile, excludedFolder, newFolder
    }

    init(seed: UInt64) throws {
        folder = try TemporaryFolder("converge-scan")
        random = SeededRandom(seed: seed)
        try FileManager.default.createDirectory(atPath: source, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
    }

    /// Writes `count` paths of random cases, every case at least once.
    mutating func generate(count: Int) throws {
        for index in 0..<count {
            let kind = index < Case.allCases.count ? Case.allCases[index] : Case.allCases.randomElement(using: &random)!
            let folderName = ["", "pkg/", "pkg/sub/", "other/"].randomElement(using: &random)!
            try make(kind, "\(folderName)f\(index)")
        }
    }

    private mutating func text(_ length: Int) -> [UInt8] {
        (0..<length).map { _ in UInt8.random(in: 0x61...0x7A, using: &random) } + [0x0A]
    }

    private mutating func make(_ kind: Case, _ path: String) throws {
        let body = text(Int.random(in: 0...300, using: &random))
        switch kind {
        case .same: try both(path + ".py", body, body, .same)
        case .conflict: try both(path + ".py", body, text(body.count + 5), .conflict)
        case .conflictSameSize:
            var other = body
            other[other.count / 2] ^= 0x01
            try both(path + ".py", body, other, .conflict)
        case .sourceOnly: try write(source, path + ".py", body); expected[path + ".py"] = (.sourceOnly, [])
        case .targetOnly: try write(target, path + ".py", body); expected[path + ".py"] = (.targetOnly, [])
        case .binaryConflict: try both(path + ".bin", [1, 0, 2] + body, [1, 0, 3] + body, .conflict, [.binary])
        case .binarySame: try both(path + ".bin", body + [0], body + [0], .same, [.binary])
        case .symlinkSame: try links(path, "a.py", "a.py", .same)
        case .symlinkConflict: try links(path, "a.py", "b.py", .conflict)
        case .symlinkSourceOnly:
            try link(source, path, "../escape")
            expected[path] = (.sourceOnly, [.symlink])
        case .modeDiffers:
            try both(path + ".sh", body, body, .same, [.modeDiffers])
            try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: "\(target)/\(path).sh")
        case .typeClash:
            try write(source, path, body)
            try write(target, path + "/inner.py", body)
            expected[path] = (.conflict, [.typeClash])
            expected[path + "/inner.py"] = (.targetOnly, [])
        case .excludedFile: try both(path + ".pyc", body, text(3), .excluded, [.excluded])
        case .excludedFolder:
            try write(source, path + "/__pycache__/m.pyc", body)
            try both(path + "/keep.py", body, body, .same)
            expected[path + "/__pycache__"] = (.excluded, [.excluded])
        case .newFolder:
            try write(source, path + "/deep/x.py", body)
            expected[path + "/deep/x.py"] = (.sourceOnly, [])
        }
    }

    private mutating func both(_ path: String, _ left: [UInt8], _ right: [UInt8], _ fileClass: FileClass,
                               _ flags: FileClassFlags = []) throws {
        try write(source, path, left)
        try write(target, path, right)
        expected[path] = (fileClass, flags)
    }

    private mutating func links(_ path: String, _ left: String, _ right: String, _ fileClass: FileClass) throws {
        try link(source, path, left)
        try link(target, path, right)
        expected[path] = (fileClass, [.symlink])
    }

    private func write(_ root: String, _ path: String, _ bytes: [UInt8]) throws {
        let full = "\(root)/\(path)"
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    private func link(_ root: String, _ path: String, _ destination: String) throws {
        let full = "\(root)/\(path)"
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: full, withDestinationPath: destination)
    }
}
