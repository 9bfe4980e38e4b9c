import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// `--base auto`: SOURCE's version of a file in the commit that first added TARGET's copy.
@Suite struct MergeBaseAutoTests {
    /// The history the brief describes, with hashes of its commits.
    struct History {
        let repository: BaseRepository
        let start: String
        let copy: String
        let move: String
    }

    /// 1. SOURCE has strategy.py (first version) and moved.py; both sides have both.py.
    /// 2. SOURCE's strategy.py changes to the tricky bytes (the ancestor).
    /// 3. TARGET gets a copy of strategy.py and a file of its own, own.py.
    /// 4. `git mv` of moved.py from SOURCE to TARGET.
    /// 5. Both sides edit strategy.py; SOURCE gets moved.py and own.py back, new.
    /// Then TARGET's new.py is written and never committed.
    static func history() throws -> History {
        let repository = try BaseRepository()
        try repository.write(repository.source("strategy.py"), "first\n")
        try repository.write(repository.source("moved.py"), "moved, as it was\n")
        try repository.write(repository.source("both.py"), "both, at the start\n")
        try repository.write(repository.target("both.py"), "both, at the start\n")
        let start = try repository.commit("source")
        try repository.write(repository.source("strategy.py"), BaseRepository.trickyBytes)
        try repository.commit("source changes")
        try repository.write(repository.target("strategy.py"), BaseRepository.trickyBytes)
        try repository.write(repository.target("own.py"), "target's own\n")
        let copy = try repository.commit("copy to the target")
        try repository.run(["mv", repository.source("moved.py"), repository.target("moved.py")])
        let move = try repository.commit("move")
        try repository.write(repository.source("strategy.py"), "source edit\n")
        try repository.write(repository.target("strategy.py"), "target edit\n")
        try repository.write(repository.source("moved.py"), "moved, written again\n")
        try repository.write(repository.source("own.py"), "source's own\n")
        try repository.write(repository.source("both.py"), "both, source edit\n")
        try repository.write(repository.target("both.py"), "both, target edit\n")
        try repository.commit("edits on both sides")
        try repository.write(repository.target("new.py"), "not committed\n")
        return History(repository: repository, start: start, copy: copy, move: move)
    }

    static func provider(_ repository: BaseRepository) throws -> MergeBaseProvider {
        try MergeBaseProvider(choice: .auto, source: repository.sourcePath, target: repository.targetPath)
    }

    @Test func theBaseIsTheSourceInTheCommitThatAddedTheTargetCopy() throws {
        let history = try Self.history()
        let repository = history.repository
        let copy = try repository.short(history.copy)
        #expect(try Self.provider(repository).base(for: "strategy.py") == .found(
            bytes: BaseRepository.trickyBytes,
            origin: "auto: \(copy) (first commit with backtester_v2/strategies/market_regime/strategy.py)"))
    }

    @Test func filesBothSidesHadFromTheFirstCommitTakeThatCommit() throws {
        let history = try Self.history()
        let start = try history.repository.short(history.start)
        #expect(try Self.provider(history.repository).base(for: "both.py") == .found(
            bytes: Array("both, at the start\n".utf8),
            origin: "auto: \(start) (first commit with backtester_v2/strategies/market_regime/both.py)"))
    }

    @Test func aTargetFileDeletedAndAddedAgainCountsFromItsFirstAddition() throws {
        let repository = try BaseRepository()
        try repository.write(repository.source("strategy.py"), "one\n")
        try repository.write(repository.target("strategy.py"), "one\n")
        let first = try repository.short(try repository.commit("both"))
        try repository.run(["rm", "-q", repository.target("strategy.py")])
        try repository.write(repository.source("strategy.py"), "two\n")
        try repository.commit("target loses it")
        try repository.write(repository.target("strategy.py"), "two\n")
        try repository.commit("target has it again")
        #expect(try Self.provider(repository).base(for: "strategy.py") == .found(
            bytes: Array("one\n".utf8), origin: "auto: \(first) (first commit with \(repository.target("strategy.py")))"))
    }

    @Test func aMovedFileTakesTheSourceFromTheParentOfTheMove() throws {
        let history = try Self.history()
        let move = try history.repository.short(history.move)
        #expect(try Self.provider(history.repository).base(for: "moved.py") == .found(
            bytes: Array("moved, as it was\n".utf8),
            origin: "auto: \(move)^ (parent of \(move), the first commit with backtester_v2/strategies/market_regime/moved.py)"))
    }

    @Test func filesWithoutASourceVersionThenAreMissingWithAReason() throws {
        let history = try Self.history()
        let copy = try history.repository.short(history.copy)
        #expect(try Self.provider(history.repository).bases(for: ["own.py", "new.py", "strategy.py"]).dropLast() == [
            .missing(reason: "auto: \(copy), the first commit with backtester_v2/strategies/market_regime/own.py, "
                + "has no backtester_v2/market_regime/own.py"),
            .missing(reason: "auto: no commit adds backtester_v2/strategies/market_regime/new.py"),
        ])
    }

    @Test func manyFilesComeFromOneBatchByteForByte() throws {
        let repository = try BaseRepository()
        let names = (0..<150).map { "pkg\($0 % 7)/file\($0).py" }
        func contents(_ index: Int, _ side: String) -> [UInt8] {
            Array(repeating: UInt8(index % 251), count: 20_000 + index) + Array("\(side) \(index)\r\n".utf8)
        }
        for (index, name) in names.enumerated() { try repository.write(repository.source(name), contents(index, "base")) }
        try repository.commit("source")
        for (index, name) in names.enumerated() { try repository.write(repository.target(name), contents(index, "base")) }
        let copy = try repository.short(try repository.commit("copy"))
        for (index, name) in names.enumerated() { try repository.write(repository.source(name), contents(index, "edit")) }
        try repository.commit("edit")
        let lookups = try Self.provider(repository).bases(for: names)
        #expect(lookups.count == names.count)
        for (index, name) in names.enumerated() {
            #expect(lookups[index] == .found(
                bytes: contents(index, "base"), origin: "auto: \(copy) (first commit with \(repository.target(name)))"))
        }
    }

    @Test func aSourceOutsideGitOrATargetOutsideItsRepositoryIsAnError() throws {
        let plain = try BaseRepository(git: false)
        try plain.write(plain.source("strategy.py"), "x\n")
        try plain.write(plain.target("strategy.py"), "y\n")
        #expect(throws: MergeBaseError.noRepository(path: plain.sourcePath, option: "--base auto")) {
            try MergeBaseProvider(choice: .auto, source: plain.sourcePath, target: plain.targetPath)
        }
        let history = try Self.history()
        #expect(throws: MergeBaseError.outsideRepository(
            path: plain.targetPath, repository: history.repository.top, option: "--base auto")) {
            try MergeBaseProvider(choice: .auto, source: history.repository.sourcePath, target: plain.targetPath)
        }
        let missing = plain.folder.file("nowhere")
        #expect(throws: MergeBaseError.noFolder(path: missing, option: "TARGET")) {
            try MergeBaseProvider(choice: .auto, source: history.repository.sourcePath, target: missing)
        }
    }
}
