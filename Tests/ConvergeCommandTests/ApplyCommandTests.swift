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

    /// A saved decision whose hunk is gone after a rescan is named in a warning, and
    /// the ones that still match are kept (a rescan after edits loses none silently).
    @Test func savedDecisionsThatNoLongerMatchAreNamed() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        try FileManager.default.createDirectory(atPath: root + "/.converge", withIntermediateDirectories: true)
        try folder.write("demo/.converge/session.json", """
            {"confirmed": [], "files": [{"decision": "skip", "path": "tests/test_strategy.py"}],
             "hunks": [{"decision": "source", "fingerprint": "0000000000000000", "occurrence": 0, "path": "gone.py"}],
             "proposals": [], "source": "\(Self.source)", "target": "\(Self.target)", "version": 1}

            """)
        let result = try Subprocess.converge(Self.apply + ["--dry-run"], directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stderrText.contains("converge: warning: a saved decision no longer matches the plan: "))
        #expect(result.stderrText.contains("gone.py"))
        #expect(!result.stdoutText.contains("\(Self.target)/tests/test_strategy.py"), "the matching skip is kept")
    }

    @Test func dryRunListsFoldersAndNewInitFilesOfLayoutRules() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let result = try Subprocess.converge(Self.apply + ["--dry-run", "--layout", "comprehensive_*.py=comprehensive_modules"],
                                             directory: root)
        #expect(result.status == 0, "\(result.stderrText)")
        let lines = result.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "mkdir \(Self.target)/comprehensive_modules")
        // The combined __init__.py is combined from sides with their rewrites written in: nothing is left out.
        #expect(!result.stderrText.contains("rewrite not placed"), "\(result.stderrText)")
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
        // The target's x.py imports the old package on a line the merge replaces with the
        // source's (--resolve source): that rewrite has nowhere to go.
        let folder = try TemporaryFolder("converge-apply-unplaced")
        try folder.write(tree: [
            "old_pkg/__init__.py": "", "old_pkg/y.py": "def f():\n    return 1\n", "old_pkg/x.py": "import os\nA = 1\n",
            "new_pkg/__init__.py": "", "new_pkg/x.py": "from old_pkg.y import f\nA = 2\n",
        ])
        let apply = ["apply", "--resolve", "source", "old_pkg", "new_pkg"]
        let before = try TreeSnapshot(folder.path)
        let refused = try Subprocess.converge(apply, directory: folder.path)
        #expect(refused.status == 1)
        #expect(refused.stderrText.contains("converge: warning: new_pkg/x.py:1: rewrite not placed"), "\(refused.stderrText)")
        #expect(refused.stderrText.hasSuffix("accepted rewrites cannot be placed (listed above); give --yes to apply without them; nothing written\n"))
        #expect(try TreeSnapshot(folder.path) == before)

        let applied = try Subprocess.converge(apply + ["--yes"], directory: folder.path)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(String(decoding: try folder.read("new_pkg/x.py"), as: UTF8.self) == "import os\nA = 1\n")
        #expect(try Subprocess.converge(["rollback"], directory: folder.path).status == 0)
        #expect(try TreeSnapshot(folder.path).differences(from: before) == [])
    }

    @Test func layoutRulesPlaceTheRewritesOfACombinedInit() throws {
        let folder = try Self.demo()
        let root = folder.file("demo")
        let applied = try Subprocess.converge(Self.apply + ["--layout", "*_parser.py=parsers"], directory: root)
        #expect(applied.status == 0, "\(applied.stderrText)")
        #expect(FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/parsers/excel_config_parser.py")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("demo/\(Self.target)/excel_config_parser.py")))
        let combined = String(decoding: try folder.read("demo/\(Self.target)/__init__.py"), as: UTF8.self)
        #expect(combined.contains("from .parsers.excel_config_parser import"), "\(combined)")
        #expect(!combined.contains("from .excel_config_parser import"), "\(combined)")
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
