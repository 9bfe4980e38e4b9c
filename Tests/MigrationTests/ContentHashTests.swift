import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The hashes the backup manifest relies on: SHA-256 as `sha256sum` computes it, for
/// every file and link the scan reads.
@Suite struct ContentHashTests {
    @Test func knownDigest() {
        #expect(ContentHash(of: Array("abc".utf8)).description
            == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash(of: []).description
            == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func hexRoundTrip() {
        let hash = ContentHash(of: [0, 0xFF, 0x0D, 0x0A])
        #expect(ContentHash(hex: hash.description) == hash)
        #expect(ContentHash(hex: hash.description.uppercased()) == hash)
        #expect(ContentHash(hex: "abc") == nil)
        #expect(ContentHash(hex: String(repeating: "g", count: 64)) == nil)
    }

    @Test func scanHashesEveryReadSideAsSha256sumDoes() throws {
        let folder = try TemporaryFolder("converge-hash")
        for side in ["source", "target"] {
            try FileManager.default.createDirectory(atPath: folder.file(side), withIntermediateDirectories: true)
        }
        let bytes: [UInt8] = Array("x = 1\r\n".utf8) + [0xFF, 0x00, 0x80]
        _ = try folder.write("source/strategy.py", bytes)
        _ = try folder.write("target/strategy.py", Array("x = 2\n".utf8))
        _ = try folder.write("source/only.py", "")
        let scan = try WorkspaceScan.scan(source: folder.file("source"), target: folder.file("target"))
        let sums = try Subprocess.run("sha256sum", [folder.file("source/strategy.py"), folder.file("target/strategy.py"),
                                                   folder.file("source/only.py")]).stdoutText
            .split(separator: "\n").map { String($0.prefix(64)) }
        let strategy = try #require(scan.files.first { $0.path == "strategy.py" })
        let only = try #require(scan.files.first { $0.path == "only.py" })
        #expect(strategy.source?.hash?.description == sums[0])
        #expect(strategy.target?.hash?.description == sums[1])
        #expect(only.source?.hash?.description == sums[2])
        #expect(only.target == nil)
    }
}
