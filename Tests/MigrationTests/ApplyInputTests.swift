import ConvergeTestSupport
import Foundation
@testable import Migration
import Testing

/// Input the apply refuses before writing anything, and traces of a crash that resume
/// and rollback clear away.
@Suite struct ApplyInputTests {
    @Test func anUnreadableSourceFileStopsTheApplyWithNothingWritten() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let error = try #require(throws: ApplyError.self) {
            try fixture.operations(try fixture.plan(), fileSystem: FailingFileSystem(unreadable: "lib/legacy/run.sh"))
        }
        #expect(error.description == "lib/legacy/run.sh: cannot read: Permission denied; nothing written")
        #expect(try fixture.snapshot() == before)
    }

    @Test func aSymbolicLinkInTheSourceThatPointsOutsideIsRefused() throws {
        let fixture = try ApplyFixture()
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.file("lib/legacy/secrets"), withDestinationPath: "/etc/passwd")
        let before = try fixture.snapshot()
        let error = try #require(throws: ApplyError.self) { try fixture.operations(try fixture.plan()) }
        #expect(error.description.hasPrefix("lib/legacy/secrets: is a symbolic link"))
        #expect(try fixture.snapshot() == before)
    }

    @Test func aFileChangedBetweenTheOperationsAndTheBackupStopsTheApply() throws {
        let fixture = try ApplyFixture()
        let operations = try fixture.operations(try fixture.plan())
        try fixture.folder.write("app.py", "print('edited meanwhile')\n")
        let before = try fixture.snapshot()
        let error = try #require(throws: ApplyError.self) {
            try ApplyRun(folder: try fixture.folder(PosixFileSystem())).apply(operations, source: "s", target: "t")
        }
        #expect(error.description == "app.py: changed since the scan; scan again, nothing written")
        #expect(try fixture.snapshot() == before)
        #expect(try ApplyJournal.read(try fixture.folder(PosixFileSystem())) == nil)
    }

    @Test func rollbackRemovesTheTemporaryFileOfAWriteKilledHalfWay() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let operations = try fixture.operations(try fixture.plan())
        #expect(throws: ApplyError.self) {
            try ApplyRun(folder: try fixture.folder(FailingFileSystem(failingWrite: 2))).apply(operations, source: "s", target: "t")
        }
        // What a SIGKILL between the temporary file and the rename leaves.
        try fixture.folder.write("lib/strategies/legacy/.a.py.converge-Ab12Cd", "half")
        _ = try Rollback(folder: try fixture.folder(PosixFileSystem())).run()
        #expect(try fixture.snapshot().differences(from: before) == [])
    }

    @Test func onlyTheTemporaryFilesOfAtomicWritesAreRecognised() {
        #expect(ConvergeFolder<PosixFileSystem>.isTemporary(".a.py.converge-Ab12Cd"))
        #expect(!ConvergeFolder<PosixFileSystem>.isTemporary("a.py.converge-Ab12Cd"))
        #expect(!ConvergeFolder<PosixFileSystem>.isTemporary(".a.py.converge-Ab12"))
        #expect(!ConvergeFolder<PosixFileSystem>.isTemporary(".converge"))
    }

    @Test func rollbackKeepsAFileChangedAfterTheApplyInSetAside() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let folder = try fixture.folder(PosixFileSystem())
        let id = try ApplyRun(folder: folder).apply(try fixture.operations(try fixture.plan()), source: "s", target: "t")
        try fixture.folder.write("lib/strategies/legacy/only_source.py", "user's later work\n")
        let report = try Rollback(folder: folder).run()
        #expect(report.setAside == ["lib/strategies/legacy/only_source.py"])
        #expect(try fixture.text(".converge/backups/\(id)/set-aside/lib/strategies/legacy/only_source.py") == "user's later work\n")
        #expect(try fixture.snapshot() == before)
    }

    @Test func rollbackRefusesABackupNameWithAPath() throws {
        let fixture = try ApplyFixture()
        let error = try #require(throws: ApplyError.self) {
            try Rollback(folder: try fixture.folder(PosixFileSystem())).run(backupID: "../../etc")
        }
        #expect(error.description == "../../etc: not a backup name")
    }

    @Test(arguments: [1, 4, 14])
    func aJournalThatCannotBeWrittenStopsTheApplyAndResumeFinishesIt(_ failing: Int) throws {
        let expected = try ApplyFixture()
        try ApplyRun(folder: try expected.folder(PosixFileSystem())).apply(try expected.operations(try expected.plan()), source: "s", target: "t")
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let operations = try fixture.operations(try fixture.plan())
        let error = try #require(throws: ApplyError.self) {
            try ApplyRun(folder: try fixture.folder(FailingFileSystem(failingAppend: failing))).apply(operations, source: "s", target: "t")
        }
        #expect(error.description.contains("journal: cannot write: No space left on device"))
        #expect(error.description.contains("'converge apply --resume'"))
        try ApplyRun(folder: try fixture.folder(PosixFileSystem())).resume()
        #expect(try fixture.snapshot().differences(from: try expected.snapshot()) == [])
        _ = try Rollback(folder: try fixture.folder(PosixFileSystem())).run()
        #expect(try fixture.snapshot().differences(from: before) == [])
    }

    @Test func aLinkOutsideTheTreesStaysALinkAndItsFileIsRewritten() throws {
        let fixture = try ApplyFixture()
        try FileManager.default.moveItem(atPath: fixture.folder.file("app.py"), toPath: fixture.folder.file("real_app.py"))
        try FileManager.default.createSymbolicLink(atPath: fixture.folder.file("app.py"), withDestinationPath: "real_app.py")
        let before = try fixture.snapshot()
        let operations = try fixture.operations(try fixture.plan())
        #expect(operations.operations.contains { $0.path == "real_app.py" } && !operations.operations.contains { $0.path == "app.py" })
        let folder = try fixture.folder(PosixFileSystem())
        try ApplyRun(folder: folder).apply(operations, source: "s", target: "t")
        #expect(PosixFileSystem().status(fixture.folder.file("app.py"))?.kind == .symlink)
        _ = try Rollback(folder: folder).run()
        #expect(try fixture.snapshot() == before)
    }
}
