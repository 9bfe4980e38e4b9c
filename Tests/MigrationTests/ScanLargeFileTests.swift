import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The scan reads files in chunks and on several threads; what it reports must not
/// depend on that: files larger than a chunk, equal or not, and trees with enough files
/// to be split among workers, hash and classify as whole files do.
@Suite struct ScanLargeFileTests {
    /// Larger than the scan's read chunk (256 KiB), with lines, so it is text.
    static func text(kilobytes: Int, seed: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var line = 0
        while bytes.count < kilobytes * 1024 {
            bytes += Array("value_\(seed)_\(line) = \(line * 7 % 1000)\n".utf8)
            line += 1
        }
        return bytes
    }

    static func makeTrees(in folder: TemporaryFolder) throws {
        for side in ["source", "target"] {
            try FileManager.default.createDirectory(atPath: folder.file(side), withIntermediateDirectories: true)
        }
    }

    @Test func largeFilesHashAndClassifyAsWholeFiles() throws {
        let folder = try TemporaryFolder("converge-large")
        try Self.makeTrees(in: folder)
        let big = Self.text(kilobytes: 700, seed: 1)
        var lastByte = big
        lastByte[lastByte.count - 2] = lastByte[lastByte.count - 2] == UInt8(ascii: "9") ? UInt8(ascii: "8") : UInt8(ascii: "9")
        var middle = big
        middle[300 * 1024] = UInt8(ascii: "#")
        let longer = big + Array("extra = 1\n".utf8)
        let binary = Array(big.prefix(100)) + [0] + Array(big.dropFirst(101))
        let files: [(String, [UInt8]?, [UInt8]?)] = [
            ("equal.py", big, big), ("last.py", big, lastByte), ("middle.py", big, middle),
            ("longer.py", big, longer), ("source_only.py", big, nil), ("target_only.py", nil, middle),
            ("binary.bin", Array(binary), big),
        ]
        for (name, source, target) in files {
            if let source { _ = try folder.write("source/\(name)", source) }
            if let target { _ = try folder.write("target/\(name)", target) }
        }
        let scan = try WorkspaceScan.scan(source: folder.file("source"), target: folder.file("target"))
        for (name, source, target) in files {
            let file = try #require(scan.files.first { $0.path == name })
            #expect(file.source?.hash == source.map { ContentHash(of: $0) }, "\(name)")
            #expect(file.target?.hash == target.map { ContentHash(of: $0) }, "\(name)")
        }
        #expect(scan.files.map(\.fileClass) == [.conflict, .same, .conflict, .conflict, .conflict, .sourceOnly, .targetOnly])
        #expect(scan.files.first { $0.path == "binary.bin" }?.flags == .binary)
        for name in ["last.py", "middle.py", "longer.py"] {
            let (source, target) = try #require(files.first { $0.0 == name }.map { ($0.1, $0.2) })
            #expect(scan.conflictTexts[name] == ConflictTexts(source: source!, target: target!), "\(name)")
        }
        #expect(scan.conflictTexts["binary.bin"] == nil)
    }

    @Test func manyFilesClassifyAsFewDo() throws {
        let folder = try TemporaryFolder("converge-many")
        try Self.makeTrees(in: folder)
        var expected: [String: FileClass] = [:]
        for index in 0..<300 {
            let name = String(format: "m%03d.py", index)
            let text = Array("x = \(index)\n".utf8)
            switch index % 4 {
            case 0: expected[name] = .same; _ = try folder.write("source/\(name)", text); _ = try folder.write("target/\(name)", text)
            case 1: expected[name] = .conflict; _ = try folder.write("source/\(name)", text); _ = try folder.write("target/\(name)", text + text)
            case 2: expected[name] = .sourceOnly; _ = try folder.write("source/\(name)", text)
            default: expected[name] = .targetOnly; _ = try folder.write("target/\(name)", text)
            }
        }
        let scan = try WorkspaceScan.scan(source: folder.file("source"), target: folder.file("target"))
        #expect(Dictionary(uniqueKeysWithValues: scan.files.map { ($0.path, $0.fileClass) }) == expected)
        #expect(scan.conflictTexts.count == 75)
        #expect(scan.files.allSatisfy { ($0.source == nil || $0.source?.hash != nil) && ($0.target == nil || $0.target?.hash != nil) })
    }
}
