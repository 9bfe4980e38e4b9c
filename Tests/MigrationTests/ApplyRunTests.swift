import ConvergeTestSupport
import Foundation
@testable import Migration
import Testing

/// The apply engine on a small project: what it writes, the backup and journal it
/// keeps, and the way back: a rollback gives the tree byte for byte, and so does a
/// rollback after a disk error; `resume` after one gives what an uninterrupted apply does.
@Suite struct ApplyRunTests {
    @Test func applyWritesTheOutcomeAndRollbackGivesTheTreeBack() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let operations = try fixture.operations(try fixture.plan())
        #expect(operations.operations.map(\.description) == [
            "mkdir lib/strategies/legacy/sub",
            "rewrite app.py",
            "merge-write lib/strategies/legacy/a.py",
            "copy lib/legacy/only_source.py → lib/strategies/legacy/only_source.py",
            "copy lib/legacy/run.sh → lib/strategies/legacy/run.sh",
            "copy lib/legacy/sub/__init__.py → lib/strategies/legacy/sub/__init__.py",
            "copy lib/legacy/sub/deep.py → lib/strategies/legacy/sub/deep.py",
        ])
        let folder = try fixture.folder(PosixFileSystem())
        let id = try ApplyRun(folder: folder).apply(operations, source: "lib/legacy", target: "lib/strategies/legacy")

        #expect(try fixture.text("lib/strategies/legacy/a.py") == "def f():\n    return 1\n")
        #expect(try fixture.text("lib/strategies/legacy/only_source.py") == "from lib.strategies.legacy.a import f\n\nVALUE = f()\n")
        #expect(try fixture.text("app.py") == "from lib.strategies.legacy.a import f\n\nprint(f())\n")
        #expect(try fixture.text("lib/strategies/legacy/sub/deep.py") == "X = 1\n")
        #expect(PosixFileSystem().status(fixture.folder.file("lib/strategies/legacy/run.sh"))?.mode == 0o755)
        let manifest = try Backup(id: id, folder: folder).readManifest()
        #expect(manifest.files.map(\.path).sorted() == ["app.py", "lib/strategies/legacy/a.py"])
        #expect(manifest.createdFolders == ["lib/strategies/legacy/sub"])
        #expect(try ApplyJournal.read(folder)?.end == "applied")

        let report = try Rollback(folder: folder).run()
        #expect(report.restored.count == 2 && report.removed.count == 4 && report.removedFolders == ["lib/strategies/legacy/sub"])
        #expect(try fixture.snapshot() == before)
        #expect(try ApplyJournal.read(folder)?.end == "rolled-back")
    }

    @Test func aSecondApplyProposesNothingToWrite() throws {
        let fixture = try ApplyFixture()
        let folder = try fixture.folder(PosixFileSystem())
        try ApplyRun(folder: folder).apply(try fixture.operations(try fixture.plan()), source: "lib/legacy", target: "lib/strategies/legacy")
        let again = try fixture.operations(try fixture.plan())
        #expect(again.operations.isEmpty, "\(again.operations)")
    }

    @Test func aFileChangedSinceTheScanStopsTheApplyBeforeAnyWrite() throws {
        let fixture = try ApplyFixture()
        let plan = try fixture.plan()
        try fixture.folder.write("lib/legacy/only_source.py", "changed = True\n")
        let before = try fixture.snapshot()
        let error = try #require(throws: ApplyError.self) { try fixture.operations(plan) }
        #expect(error.description == "lib/legacy/only_source.py: changed since the scan; scan again, nothing written")
        #expect(try fixture.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.file(".converge")))
    }

    @Test func aFileOutsideTheTreesChangedSinceTheScanIsFoundByItsProposals() throws {
        let fixture = try ApplyFixture()
        let plan = try fixture.plan()
        try fixture.folder.write("app.py", "import os\nfrom lib.legacy.a import f\n")
        let error = try #require(throws: ApplyError.self) { try fixture.operations(plan) }
        #expect(error.description.hasPrefix("app.py: changed since the scan"))
    }

    @Test func undecidedConflictsAreListedWithExitCodeOne() throws {
        let fixture = try ApplyFixture()
        let plan = try fixture.plan()
        let outcome = Outcome(plan: plan, session: Session())
        let error = try #require(throws: ApplyError.self) {
            try ApplyOperations.make(plan: plan, outcome: outcome, root: fixture.root, fileSystem: PosixFileSystem())
        }
        #expect(error.exitCode == 1)
        #expect(error.description.hasSuffix("nothing written:\n  lib/strategies/legacy/a.py: line 2: conflict undecided"), "\(error)")
    }

    @Test func aReadOnlyTargetFolderStopsTheApplyWithNothingChanged() throws {
        let fixture = try ApplyFixture()
        chmod(fixture.target, 0o555)
        defer { chmod(fixture.target, 0o755) }
        let before = try fixture.snapshot()
        let error = try #require(throws: ApplyError.self) { try fixture.operations(try fixture.plan()) }
        #expect(error.description == "lib/strategies/legacy: folder is read-only; nothing written")
        #expect(try fixture.snapshot() == before)
    }

    @Test func aSecondInstanceIsRefusedWhileTheLockIsHeld() throws {
        let fixture = try ApplyFixture()
        let folder = try fixture.folder(PosixFileSystem())
        let lock = try ApplyLock.take(folder)
        defer { lock.release() }
        let error = try #require(throws: ApplyError.self) {
            try ApplyRun(folder: folder).apply(try fixture.operations(try fixture.plan()), source: "s", target: "t")
        }
        #expect(error.description.contains("another converge (pid \(getpid())) is working on this project"))
    }

    @Test func aLockFileLeftByACrashDoesNotBlock() throws {
        let fixture = try ApplyFixture()
        let folder = try fixture.folder(PosixFileSystem())
        try folder.prepare()
        try fixture.folder.write(".converge/lock", "999999999\n")
        let lock = try ApplyLock.take(folder)
        #expect(try fixture.text(".converge/lock") == "\(getpid())\n")
        lock.release()
    }

    @Test func aDiskErrorStopsTheApplyAndRollbackRestores() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let failing = FailingFileSystem(failingWrite: 3)
        let folder = try fixture.folder(failing)
        let operations = try fixture.operations(try fixture.plan())
        let error = try #require(throws: ApplyError.self) {
            try ApplyRun(folder: folder).apply(operations, source: "lib/legacy", target: "lib/strategies/legacy")
        }
        #expect(error.description.contains("No space left on device; the apply stopped at operation 4 of 7"))
        #expect(error.description.contains("converge apply --resume") && error.description.contains("converge rollback"))
        #expect(try fixture.snapshot() != before)
        let refused = try #require(throws: ApplyError.self) { try ApplyJournal.refuseUnfinished(folder) }
        #expect(refused.description.contains("an apply was interrupted"))

        _ = try Rollback(folder: try fixture.folder(PosixFileSystem())).run()
        #expect(try fixture.snapshot() == before)
    }

    @Test func resumeAfterADiskErrorGivesWhatAnUninterruptedApplyGives() throws {
        let expected = try ApplyFixture()
        try ApplyRun(folder: try expected.folder(PosixFileSystem()))
            .apply(try expected.operations(try expected.plan()), source: "lib/legacy", target: "lib/strategies/legacy")
        for failing in 1...6 {
            let fixture = try ApplyFixture()
            let operations = try fixture.operations(try fixture.plan())
            #expect(throws: ApplyError.self) {
                try ApplyRun(folder: try fixture.folder(FailingFileSystem(failingWrite: failing)))
                    .apply(operations, source: "lib/legacy", target: "lib/strategies/legacy")
            }
            try ApplyRun(folder: try fixture.folder(PosixFileSystem())).resume()
            #expect(try fixture.snapshot().differences(from: try expected.snapshot()) == [], "write \(failing)")
        }
    }

    @Test func aDiskErrorWhileWritingTheBackupChangesNothing() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let folder = try fixture.folder(FailingFileSystem(failingWrite: 2, insideConverge: true))
        let error = try #require(throws: ApplyError.self) {
            try ApplyRun(folder: folder).apply(try fixture.operations(try fixture.plan()), source: "s", target: "t")
        }
        #expect(error.description.contains("the backup is incomplete and nothing else was written"))
        #expect(try fixture.snapshot() == before)
        #expect(try ApplyJournal.read(folder) == nil)
    }

    @Test func sourceMovedIntoTheBackupComesBackWithTheRollback() throws {
        let fixture = try ApplyFixture()
        let before = try fixture.snapshot()
        let folder = try fixture.folder(PosixFileSystem())
        let run = ApplyRun(folder: folder)
        let id = try run.apply(try fixture.operations(try fixture.plan()), source: "lib/legacy", target: "lib/strategies/legacy")
        try run.moveSourceIntoBackup(id)
        #expect(!FileManager.default.fileExists(atPath: fixture.source))
        #expect(try fixture.text(".converge/backups/\(id)/source/a.py") == "def f():\n    return 1\n")
        let again = try #require(throws: ApplyError.self) { try run.moveSourceIntoBackup(id) }
        #expect(again.description.hasPrefix("lib/legacy: no such folder"))
        let report = try Rollback(folder: folder).run()
        #expect(report.sourceBack)
        #expect(try fixture.snapshot() == before)
    }
}
