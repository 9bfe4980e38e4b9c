import ConvergeTestSupport
import Foundation
import Testing

/// `converge verify` run as a user runs it: exit 0 on a sound tree, 1 with one
/// `path:line: what` line per failure (text and JSON), 2 with one line on bad input,
/// and the Python checks (`--python`, `--pytest`) finding what only running Python can.
@Suite struct VerifyCommandTests {
    static let sound: [String: String] = [
        "pkg/__init__.py": "from .core import run\n__all__ = ['run']\n",
        "pkg/core.py": "from pkg.util import helper\n\ndef run():\n    return helper()\n",
        "pkg/util.py": "def helper():\n    return 42\n",
        "tests/test_core.py": "from pkg import run\n\ndef test_run():\n    assert run() == 42\n",
        "README.md": "pkg\n===\n",
    ]

    func makeTree(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-verify")
        try folder.write(tree: files)
        return folder
    }

    @Test func aSoundTreePassesEveryCheckWithExitZero() throws {
        let folder = try makeTree(Self.sound)
        let result = try Subprocess.converge(["verify", "--root", folder.path, "--python", "--pytest", "tests", "--pytest", "tests/test_core.py::test_run", "--old", "pkg.old"])
        #expect(result.status == 0, "\(result.stdoutText)\(result.stderrText)")
        #expect(result.stdoutText == "verify: every check holds\n")
    }

    @Test func eachFailureIsOneLineAndTheExitCodeIsOne() throws {
        var files = Self.sound
        files["pkg/core.py"] = "from pkg.util import helper, gone\nimport pkg.missing\nfrom pkg.old import thing\ndef run(): pass\n"
        files["docs/notes.txt"] = "<<<<<<< target\na\n=======\nb\n>>>>>>> source\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["verify", "--root", folder.path, "--old", "pkg.old", "--keep", "pkg/core.py:3"])
        #expect(result.status == 1, "\(result.stderrText)")
        #expect(result.stdoutText == """
            docs/notes.txt:1: conflict markers left (<<<<<<< here, ======= at line 3, >>>>>>> at line 5)
            pkg/core.py:1: from pkg.util import gone: pkg.util neither defines, imports nor lists 'gone' in __all__, and has no submodule of that name
            pkg/core.py:2: import pkg.missing: no module pkg.missing (no pkg/missing.py, pkg/missing.pyi or pkg/missing/)
            pkg/core.py:3: from pkg.old import thing: no module pkg.old (no pkg/old.py, pkg/old.pyi or pkg/old/)
            pkg/core.py:3: kept: still names pkg.old, a moved module's old name (a rejected proposal)
            verify: 4 problem(s): 2 unresolved-import, 1 missing-name, 1 conflict-markers, 1 old name(s) kept

            """)
    }

    @Test func jsonListsFindingsKeptAndASummary() throws {
        var files = Self.sound
        files["pkg/util.py"] = "import pkg.old.deep\ndef helper():\n    return 42\ns = 'unterminated\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["verify", "--root", folder.path, "--old", "pkg.old", "--json"])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object["passed"] as? Bool == false)
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.map { "\($0["path"]!):\($0["line"]!) \($0["check"]!)" } == [
            "pkg/util.py:1 old-name", "pkg/util.py:1 unresolved-import", "pkg/util.py:4 tokenize",
        ])
        #expect(object["summary"] as? [String: Int] == ["unresolved-import": 1, "old-name": 1, "tokenize": 1])
        #expect((object["kept"] as? [Any])?.isEmpty == true)
    }

    @Test func pythonFindsAModuleThatRaisesAndASyntaxError() throws {
        var files = Self.sound
        files["pkg/settings.py"] = "import os\n\nraise KeyError('DATABASE_URL')\n"
        files["pkg/broken.py"] = "x = = 1\n"
        let folder = try makeTree(files)
        let statically = try Subprocess.converge(["verify", "--root", folder.path])
        #expect(statically.status == 0, "\(statically.stdoutText)")
        let result = try Subprocess.converge(["verify", "--root", folder.path, "--python", "--time-limit", "20"])
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("pkg/broken.py:1: does not compile: SyntaxError: invalid syntax\n"), "\(result.stdoutText)")
        #expect(result.stdoutText.contains("pkg/broken.py:1: import pkg.broken: SyntaxError: invalid syntax\n"), "\(result.stdoutText)")
        #expect(result.stdoutText.contains("pkg/settings.py:3: import pkg.settings: KeyError: 'DATABASE_URL'\n"), "\(result.stdoutText)")
    }

    /// The demo sample before any merge: both copies hold together, their tests pass, and
    /// the source package is still named everywhere (the move has not happened yet).
    @Test func theDemoSampleVerifiesAndStillNamesItsSource() throws {
        let parent = try TemporaryFolder("converge-verify-demo")
        let folder = parent.file("demo")
        let demo = try Subprocess.converge(["demo", "--dir", folder, "--no-ui"])
        try #require(demo.status == 0, "\(demo.stderrText)")
        let result = try Subprocess.converge(["verify", "--root", folder, "--python", "--pytest", ".", "--time-limit", "60"])
        #expect(result.status == 0, "\(result.stdoutText)\(result.stderrText)")
        let old = try Subprocess.converge(["verify", "--root", folder, "--old", "backtester_v2.market_regime"])
        #expect(old.status == 1)
        #expect(old.stdoutText.contains("server/app/api/routes/strategy.py:5: still names backtester_v2.market_regime, a moved module's old name\n"),
                "\(old.stdoutText)")
        let status = try Subprocess.run("git", ["-C", folder, "status", "--porcelain", "--ignored"])
        #expect(status.stdoutText.isEmpty, "verify left files behind: \(status.stdoutText)")
    }

    @Test func pytestFailuresFailVerify() throws {
        var files = Self.sound
        files["pkg/util.py"] = "def helper():\n    return 41\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["verify", "--root", folder.path, "--pytest", "tests"])
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("tests/test_core.py:4: tests/test_core.py::test_run failed: assert 41 == 42"), "\(result.stdoutText)")
    }

    @Test(arguments: [
        (["--root", "/nonexistent/converge"], "converge: /nonexistent/converge: no such folder (--root)"),
        (["--old", "pkg.3rd"], "converge: pkg.3rd: not a dotted module name (such as pkg.sub.module)"),
        (["--keep", "pkg/core.py"], "converge: --keep pkg/core.py: not PATH:LINE (such as pkg/mod.py:12)"),
        (["--pytest", "no_tests_here"], "converge: --pytest no_tests_here: no such file or folder under ROOT"),
    ])
    func badInputIsOneLineAndExitTwo(_ arguments: [String], _ message: String) throws {
        let folder = try makeTree(Self.sound)
        let rooted = arguments.first == "--root" ? arguments : ["--root", folder.path] + arguments
        let result = try Subprocess.converge(["verify"] + rooted)
        #expect(result.status == 2)
        #expect(result.stdoutText.isEmpty)
        #expect(result.stderrText == message.replacingOccurrences(of: "ROOT", with: folder.path) + "\n")
    }
}
