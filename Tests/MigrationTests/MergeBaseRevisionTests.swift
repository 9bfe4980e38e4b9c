import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// `--base-rev REV`: the file at SOURCE's path in a git revision, checked up front.
@Suite struct MergeBaseRevisionTests {
    /// v1 holds SOURCE's strategy.py (tricky bytes) and a folder `sub`; later commits
    /// change strategy.py and add later.py, which v1 lacks.
    static func history() throws -> BaseRepository {
        let repository = try BaseRepository()
        try repository.write(repository.source("__init__.py"), "")
        try repository.write(repository.source("strategy.py"), BaseRepository.trickyBytes)
        try repository.write(repository.source("sub/mod.py"), "y = 2\n")
        try repository.write(repository.target("strategy.py"), "target\n")
        try repository.commit("v1")
        try repository.run(["tag", "v1.2"])
        try repository.write(repository.source("strategy.py"), "changed after v1.2\n")
        try repository.write(repository.source("later.py"), "z = 3\n")
        try repository.commit("later")
        return repository
    }

    @Test func theFileComesFromTheRevisionByteForByte() throws {
        let repository = try Self.history()
        let provider = try MergeBaseProvider(
            choice: .revision("v1.2"), source: repository.sourcePath, target: repository.targetPath)
        #expect(provider.base(for: "strategy.py") == .found(
            bytes: BaseRepository.trickyBytes, origin: "v1.2:backtester_v2/market_regime/strategy.py"))
        let head = try MergeBaseProvider(choice: .revision("HEAD"), source: repository.sourcePath, target: repository.targetPath)
        #expect(head.base(for: "strategy.py") == .found(
            bytes: Array("changed after v1.2\n".utf8), origin: "HEAD:backtester_v2/market_regime/strategy.py"))
    }

    @Test func aPathTheRevisionLacksIsMissingWithAReason() throws {
        let repository = try Self.history()
        let provider = try MergeBaseProvider(
            choice: .revision("v1.2"), source: repository.sourcePath, target: repository.targetPath)
        #expect(provider.bases(for: ["later.py", "sub", "sub/mod.py"]) == [
            .missing(reason: "v1.2 has no backtester_v2/market_regime/later.py"),
            .missing(reason: "v1.2:backtester_v2/market_regime/sub is a tree, not a file"),
            .found(bytes: Array("y = 2\n".utf8), origin: "v1.2:backtester_v2/market_regime/sub/mod.py"),
        ])
    }

    @Test func aRevisionGitDoesNotKnowIsAnError() throws {
        let repository = try Self.history()
        for revision in ["v9", "-v1.2", "", "HEAD~5"] {
            #expect(throws: MergeBaseError.notARevision(revision: revision, repository: repository.top)) {
                try MergeBaseProvider(choice: .revision(revision), source: repository.sourcePath, target: repository.targetPath)
            }
        }
        #expect(MergeBaseError.notARevision(revision: "v9", repository: "/r").description
            == "v9: not a revision of /r (--base-rev)")
    }

    @Test func aSourceOutsideGitIsAnError() throws {
        let plain = try BaseRepository(git: false)
        try plain.write(plain.source("strategy.py"), "x\n")
        try plain.write(plain.target("strategy.py"), "y\n")
        let error = MergeBaseError.noRepository(path: plain.sourcePath, option: "--base-rev")
        #expect(throws: error) {
            try MergeBaseProvider(choice: .revision("HEAD"), source: plain.sourcePath, target: plain.targetPath)
        }
        #expect(error.description == "\(plain.sourcePath): not in a git work tree (--base-rev needs git history)")
    }
}
