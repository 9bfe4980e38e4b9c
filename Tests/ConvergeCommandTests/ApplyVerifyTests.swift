import ConvergeTestSupport
import Foundation
import Testing

/// The whole migration of the demo as a user runs it: scan, apply (which verifies and
/// records what verify needs), verify statically, with Python and with the demo's own
/// tests, roll back to a byte-identical tree; and the clean-up step, `--remove-source`,
/// which moves SOURCE into the backup only after a passing verify.
@Suite struct ApplyVerifyTests {
    static let source = ApplyCommandTests.source
    static let target = ApplyCommandTests.target
    static let leaving: Set<String> = [".git", ".converge", "__pycache__", ".pytest_cache", ".benchmarks"]

    static var hasPytest: Bool {
        (try? Subprocess.which("python3")) != nil && (try? Subprocess.run("python3", ["-c", "import pytest"]))?.status == 0
    }

    @Test func scanApplyVerifyRollBackGivesTheTreeBackByteForByte() throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        let before = try TreeSnapshot(root, leaving: Self.leaving)
        let scan = try Subprocess.converge(["scan", "--base", "auto", Self.source, Self.target], directory: root)
        #expect(scan.status == 0, "\(scan.stderrText)")

        let applied = try Subprocess.converge(ApplyCommandTests.apply, directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(applied.stdoutText.contains("verify: every check holds, 3 old name(s) kept\n"))
        let record = String(decoding: try folder.read("demo/.converge/applied.json"), as: UTF8.self)
        #expect(record.contains("\"backtester_v2.market_regime\""))
        #expect(record.contains("\"docs/market_regime.md:3\""))

        let verified = try Subprocess.converge(["verify"], directory: root)
        #expect(verified.status == 0, "\(verified.stdoutText)")
        #expect(verified.stdoutText.hasSuffix("verify: every check holds, 3 old name(s) kept\n"))
        if Self.hasPytest {
            let dynamic = try Subprocess.converge(["verify", "--python", "--pytest", "\(Self.target)/tests", "--pytest", "server/tests"],
                                                  directory: root)
            #expect(dynamic.status == 0, "\(dynamic.stdoutText.suffix(2000))")
        }

        let rolledBack = try Subprocess.converge(["rollback"], directory: root)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/.converge/applied.json")))
        #expect(try TreeSnapshot(root, leaving: Self.leaving).differences(from: before) == [])
    }

    @Test func removeSourceMovesSourceIntoTheBackupAndRollbackBringsItBack() throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        let before = try TreeSnapshot(root, leaving: Self.leaving)
        let applied = try Subprocess.converge(ApplyCommandTests.apply + ["--remove-source"], directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(applied.stdoutText.contains("moved \(Self.source) into the backup "))
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/\(Self.source)")))
        let verified = try Subprocess.converge(["verify"], directory: root)
        #expect(verified.status == 0, "\(verified.stdoutText)")

        let rolledBack = try Subprocess.converge(["rollback"], directory: root)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(try TreeSnapshot(root, leaving: Self.leaving).differences(from: before) == [])
    }

    @Test func aFailingVerifyExitsOneKeepsTheApplyAndRemovesNothing() throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        _ = try folder.write("demo/\(Self.source)/broken_extra.py", "from backtester_v2.nowhere import thing\n")
        let applied = try Subprocess.converge(ApplyCommandTests.apply + ["--remove-source"], directory: root)
        #expect(applied.status == 1)
        #expect(applied.stdoutText.contains("\(Self.target)/broken_extra.py:1: "))
        #expect(applied.stderrText.contains("the apply stays applied; SOURCE not removed"))
        #expect(applied.stderrText.contains("converge rollback"))
        #expect(FileManager.default.fileExists(atPath: folder.file("demo/\(Self.source)/broken_extra.py")))
        #expect(FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/broken_extra.py")))
        let verified = try Subprocess.converge(["verify"], directory: root)
        #expect(verified.status == 1)
        #expect(try Subprocess.converge(["verify", "--ignore-applied"], directory: root).stdoutText.contains("unresolved"))
    }
}
