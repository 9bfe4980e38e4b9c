import ConvergeTestSupport
import Foundation
import Testing

/// `converge apply` and `converge rollback` on the demo sample, run as a user runs them:
/// the whole migration and the way back byte for byte, a crash at many points finished
/// by `--resume` or undone by `rollback`, and bad input refused with nothing written.
@Suite struct ApplyCommandTests {
    static let source = "backtester_v2/market_regime"
    static let target = "backtester_v2/strategies/market_regime"
    static let apply = ["apply", "--base", "auto", "--resolve", "target", source, target]

    /// A fresh demo sample in a temporary folder.
    static func demo() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-apply-demo")
        let result = try Subprocess.converge(["demo", "--dir", folder.file("demo"), "--no-ui"])
        #expect(result.status == 0, "\(result.stderrText)")
        return folder
    }

    static func text(_ folder: TemporaryFolder, _ path: String) throws -> String {
        String(decoding: try folder.read("demo/\(path)"), as: UTF8.self)
    }

    @Test func theDemoMigratesAndRollsBackByteForByte() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let before = try TreeSnapshot(root)
        let applied = try Subprocess.converge(Self.apply, directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(applied.stdoutText.hasPrefix("applied 64 operations; backup "))

        let sourceOnly = try Self.text(folder, "\(Self.source)/comprehensive_atr_indicator.py")
        #expect(try Self.text(folder, "\(Self.target)/comprehensive_atr_indicator.py") == sourceOnly)
        let routes = try Self.text(folder, "server/app/api/routes/market_regime.py")
        #expect(routes.contains("from backtester_v2.strategies.market_regime import"))
        #expect(!routes.contains("backtester_v2.market_regime"))
        #expect(try Self.text(folder, "config.yaml").contains("backtester_v2.strategies.market_regime.strategy"))
        let status = try Subprocess.run("git", ["status", "--short", "--untracked-files=all"], directory: root).stdoutText
        #expect(!status.contains(".converge"))
        if (try? Subprocess.which("python3")) != nil,
           (try? Subprocess.run("python3", ["-c", "import pytest"]))?.status == 0 {
            let tests = try Subprocess.run("python3", ["-m", "pytest", "-q", "-p", "no:cacheprovider"], directory: root)
            #expect(tests.status == 0, "\(tests.stdoutText.suffix(2000))")
        }

        let rolledBack = try Subprocess.converge(["rollback"], directory: root)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(rolledBack.stdoutText.hasSuffix(": 12 restored, 52 removed, 0 folders removed\n"))
        let after = try TreeSnapshot(root, leaving: [".git", ".converge", "__pycache__", ".pytest_cache", ".benchmarks"])
        #expect(after.differences(from: before) == [])
    }

    @Test func dryRunListsEveryOperationAndWritesNothing() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let before = try TreeSnapshot(root, leaving: [".git"])
        let result = try Subprocess.converge(Self.apply + ["--dry-run"], directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 65)
        #expect(lines.contains("copy \(Self.source)/api_handlers.py → \(Self.target)/api_handlers.py"))
        #expect(lines.contains("merge-write \(Self.target)/strategy.py"))
        #expect(lines.contains("rewrite server/app/api/routes/market_regime.py"))
        #expect(lines.last == "64 operations; nothing written (--dry-run)")
        #expect(try TreeSnapshot(root, leaving: [".git"]) == before)
    }

    @Test func dryRunListsFoldersAndNewInitFilesOfLayoutRules() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let result = try Subprocess.converge(Self.apply + ["--dry-run", "--layout", "comprehensive_*.py=comprehensive_modules"],
                                             directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "mkdir \(Self.target)/comprehensive_modules")
        // The combined __init__.py takes no rewrites yet (Outcome lists them as unplaced): the apply warns.
        #expect(result.stderrText.contains("converge: warning: \(Self.source)/__init__.py:4: rewrite not placed"))
        #expect(lines.contains("new __init__.py \(Self.target)/comprehensive_modules/__init__.py"))
        #expect(lines.contains("copy \(Self.source)/comprehensive_atr_indicator.py → \(Self.target)/comprehensive_modules/comprehensive_atr_indicator.py"))
    }

    @Test func undecidedConflictsStopTheApplyWithExitOne() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let before = try TreeSnapshot(root, leaving: [".git"])
        let result = try Subprocess.converge(["apply", "--base", "auto", Self.source, Self.target], directory: root)
        #expect(result.status == 1)
        #expect(result.stderrText.hasPrefix("converge: 6 undecided, give --resolve or decide them in the session; nothing written:\n"))
        #expect(result.stderrText.contains("  \(Self.target)/strategy.py: line 30: conflict undecided\n"))
        #expect(try TreeSnapshot(root, leaving: [".git"]) == before)
    }

    @Test func aSecondInstanceGetsAClearError() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        try FileManager.default.createDirectory(atPath: folder.file("demo/.converge"), withIntermediateDirectories: true)
        // Another converge: this process holds the lock as converge does (flock) and names itself.
        try folder.write("demo/.converge/lock", "\(getpid())\n")
        let fd = open(folder.file("demo/.converge/lock"), O_RDWR)
        #expect(flock(fd, LOCK_EX | LOCK_NB) == 0)
        defer { close(fd) }
        let before = try TreeSnapshot(root)
        let result = try Subprocess.converge(Self.apply, directory: root)
        #expect(result.status == 2)
        #expect(result.stderrText.hasPrefix("converge: "))
        #expect(result.stderrText.hasSuffix(".converge/lock: another converge (pid \(getpid())) is working on this project; wait for it to finish\n"))
        #expect(try TreeSnapshot(root) == before)
    }

    @Test(arguments: ["../x", "/etc/passwd", "a/../../x"])
    func rollbackRefusesAManifestNamingAPathOutsideTheRoot(_ path: String) throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        #expect(try Subprocess.converge(Self.apply, directory: root).status == 0)
        let backups = try FileManager.default.contentsOfDirectory(atPath: folder.file("demo/.converge/backups"))
        let manifest = "demo/.converge/backups/\(backups[0])/manifest.json"
        let text = String(decoding: try folder.read(manifest), as: UTF8.self)
        try folder.write(manifest, text.replacingOccurrences(of: "\"path\" : \"config.yaml\"", with: "\"path\" : \"\(path)\""))
        let before = try TreeSnapshot(root)
        let result = try Subprocess.converge(["rollback"], directory: root)
        #expect(result.status == 2)
        #expect(result.stderrText.hasSuffix("manifest.json: refuses the path '\(path)': absolute or with '..'\n"), "\(result.stderrText)")
        #expect(try TreeSnapshot(root) == before)
    }

    @Test func partialRollbackRestoresOnlyThePathsGiven() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let original = try Self.text(folder, "config.yaml")
        #expect(try Subprocess.converge(Self.apply, directory: root).status == 0)
        let routes = try Self.text(folder, "server/app/api/routes/market_regime.py")
        let result = try Subprocess.converge(["rollback", "config.yaml", "\(Self.target)/api_handlers.py"], directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText.hasSuffix(": 1 restored, 1 removed, 0 folders removed\n"))
        #expect(try Self.text(folder, "config.yaml") == original)
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/api_handlers.py")))
        #expect(try Self.text(folder, "server/app/api/routes/market_regime.py") == routes)
    }

    @Test(arguments: ["../x", "/etc/passwd"])
    func aSessionNamingAPathOutsideTheTreesIsRefused(_ path: String) throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        try FileManager.default.createDirectory(atPath: folder.file("demo/.converge"), withIntermediateDirectories: true)
        try folder.write("demo/.converge/session.json", """
            {"version": 1, "source": "\(Self.source)", "target": "\(Self.target)",
             "hunks": [], "files": [{"path": "\(path)", "decision": "take-source"}], "proposals": [], "confirmed": []}
            """)
        let before = try TreeSnapshot(root)
        let result = try Subprocess.converge(Self.apply, directory: root)
        #expect(result.status == 2)
        #expect(result.stderrText.hasPrefix("converge: .converge/session.json: files[0]: path \"\(path)\""), "\(result.stderrText)")
        #expect(result.stderrText.split(separator: "\n").count == 1)
        #expect(try TreeSnapshot(root) == before)
    }

    @Test func aReadOnlyTargetFolderGetsOneLineAndNothingChanges() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let target = folder.file("demo/\(Self.target)")
        chmod(target, 0o555)
        defer { chmod(target, 0o755) }
        let before = try TreeSnapshot(root)
        let result = try Subprocess.converge(Self.apply, directory: root)
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: \(Self.target): folder is read-only; nothing written\n")
        #expect(try TreeSnapshot(root) == before)
    }

    @Test func rewritesThatCannotBePlacedStopTheApplyUnlessYes() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let layout = ["--layout", "*_parser.py=parsers"]
        let before = try TreeSnapshot(root, leaving: [".git"])
        let refused = try Subprocess.converge(Self.apply + layout, directory: root)
        #expect(refused.status == 1)
        #expect(refused.stderrText.contains("converge: warning: \(Self.source)/__init__.py:7: rewrite not placed"))
        #expect(refused.stderrText.hasSuffix("accepted rewrites cannot be placed (listed above); give --yes to apply without them; nothing written\n"))
        #expect(try TreeSnapshot(root, leaving: [".git"]) == before)

        let applied = try Subprocess.converge(Self.apply + layout + ["--yes"], directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/parsers/excel_config_parser.py")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/excel_config_parser.py")))
        #expect(try Subprocess.converge(["rollback"], directory: root).status == 0)
        #expect(try TreeSnapshot(root).differences(from: before) == [])
    }

    @Test func rollbackAndResumeWithNothingToDoSayWhyAndMakeNoFolder() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let rollback = try Subprocess.converge(["rollback"], directory: root)
        #expect(rollback.status == 2)
        #expect(rollback.stderrText.hasSuffix("/.converge/backups: no backup to roll back\n"))
        let resume = try Subprocess.converge(["apply", "--resume"], directory: root)
        #expect(resume.status == 2)
        #expect(resume.stderrText.hasSuffix("/.converge/journal: no interrupted apply to resume\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/.converge")))
    }

    @Test func aSessionFileDecidesWhatResolveWouldOtherwise() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let files = ["excel_config_parser.py", "strategy.py", "tests/test_excel_config_parser.py", "tests/test_strategy.py"]
        let decisions = files.map { "{\"path\": \"\($0)\", \"decision\": \"take-target\"}" }.joined(separator: ", ")
        try folder.write("session.json", """
            {"version": 1, "source": "\(Self.source)", "target": "\(Self.target)",
             "hunks": [], "files": [\(decisions)], "proposals": [], "confirmed": []}
            """)
        let target = try Self.text(folder, "\(Self.target)/strategy.py")
        let result = try Subprocess.converge(["apply", "--base", "auto", "--session", folder.file("session.json"), Self.source, Self.target],
                                             directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(try Self.text(folder, "\(Self.target)/strategy.py") == target)
    }

    @Test func kindsChooseWhichRewritesAreAcceptedByDefault() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let plain = try Subprocess.converge(Self.apply + ["--dry-run"], directory: root)
        #expect(plain.stdoutText.contains("rewrite config.yaml\n"))
        let codeOnly = try Subprocess.converge(Self.apply + ["--dry-run", "--kinds", "code,code-string"], directory: root)
        #expect(codeOnly.status == 0, "\(codeOnly.stderrText)")
        #expect(!codeOnly.stdoutText.contains("rewrite config.yaml"))
        #expect(codeOnly.stdoutText.contains("rewrite server/app/api/routes/market_regime.py\n"))
        let bad = try Subprocess.converge(Self.apply + ["--kinds", "code,flag"], directory: root)
        #expect(bad.status == 2)
        #expect(bad.stderrText == "converge: --kinds: 'flag' is not one of code, code-string, config, docs\n")
    }

    @Test func convergeStateStaysOutOfGitInALinkedWorkTree() throws {
        let folder = try Self.demo()
        let added = try Subprocess.run("git", ["-C", folder.file("demo"), "worktree", "add", "-q", folder.file("linked")])
        #expect(added.status == 0, "\(added.stderrText)")
        let root = folder.file("linked")
        let applied = try Subprocess.converge(Self.apply, directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        let status = try Subprocess.run("git", ["status", "--short", "--untracked-files=all"], directory: root).stdoutText
        #expect(!status.isEmpty && !status.contains(".converge"), "\(status)")
    }
}
