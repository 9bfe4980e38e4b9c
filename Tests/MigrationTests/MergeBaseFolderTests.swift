import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The base choice from the command line, the two-way choice, and `--base DIR`: a
/// snapshot folder read at each file's relative path, byte for byte.
@Suite struct MergeBaseFolderTests {
    @Test func theOptionsGiveTheChoice() throws {
        #expect(try MergeBaseChoice(base: nil, baseRevision: nil) == .none)
        #expect(try MergeBaseChoice(base: "auto", baseRevision: nil) == .auto)
        #expect(try MergeBaseChoice(base: "./auto", baseRevision: nil) == .folder("./auto"))
        #expect(try MergeBaseChoice(base: "snapshots/v1", baseRevision: nil) == .folder("snapshots/v1"))
        #expect(try MergeBaseChoice(base: nil, baseRevision: "v1.2") == .revision("v1.2"))
        #expect(throws: MergeBaseError.bothOptions) { try MergeBaseChoice(base: "b", baseRevision: "v1") }
        #expect(MergeBaseError.bothOptions.description == "--base and --base-rev: give one of them, not both")
    }

    @Test func noBaseIsATwoWayMergeForEveryFile() throws {
        let provider = try MergeBaseProvider(choice: .none, source: "/nonexistent/s", target: "/nonexistent/t")
        #expect(provider.bases(for: ["a.py", "b/c.py"]) == [.none, .none])
        #expect(provider.base(for: "a.py") == .none)
    }

    @Test func aFileInTheSnapshotComesBackByteForByte() throws {
        let folder = try TemporaryFolder("converge-base-folder")
        try FileManager.default.createDirectory(atPath: folder.file("base/sub"), withIntermediateDirectories: true)
        try folder.write("base/strategy.py", BaseRepository.trickyBytes)
        try folder.write("base/sub/empty.py", [])
        let base = folder.file("base")
        let provider = try MergeBaseProvider(choice: .folder(base), source: "/nonexistent/s", target: "/nonexistent/t")
        #expect(provider.bases(for: ["strategy.py", "sub/empty.py"]) == [
            .found(bytes: BaseRepository.trickyBytes, origin: base + "/strategy.py"),
            .found(bytes: [], origin: base + "/sub/empty.py"),
        ])
        let slashed = try MergeBaseProvider(choice: .folder(base + "/"), source: "s", target: "t")
        #expect(slashed.base(for: "strategy.py") == .found(bytes: BaseRepository.trickyBytes, origin: base + "/strategy.py"))
    }

    @Test func aFileTheSnapshotLacksIsMissingWithItsPath() throws {
        let folder = try TemporaryFolder("converge-base-folder")
        try FileManager.default.createDirectory(atPath: folder.file("base/sub"), withIntermediateDirectories: true)
        let base = folder.file("base")
        let provider = try MergeBaseProvider(choice: .folder(base), source: "s", target: "t")
        #expect(provider.base(for: "gone.py") == .missing(reason: "\(base)/gone.py: no such file in the base folder"))
        #expect(provider.base(for: "sub") == .missing(reason: "\(base)/sub: a folder in the base folder, not a file"))
    }

    @Test func aMissingSnapshotFolderIsAnErrorNamingTheOption() throws {
        let folder = try TemporaryFolder("converge-base-folder")
        let missing = folder.file("base")
        #expect(throws: MergeBaseError.noFolder(path: missing, option: "--base")) {
            try MergeBaseProvider(choice: .folder(missing), source: "s", target: "t")
        }
        #expect(MergeBaseError.noFolder(path: "base/", option: "--base").description == "base/: no such folder (--base)")
        let file = try folder.write("file.py", "x = 1\n")
        #expect(throws: MergeBaseError.notAFolder(path: file, option: "--base")) {
            try MergeBaseProvider(choice: .folder(file), source: "s", target: "t")
        }
    }
}
