import ConvergeTestSupport
import Foundation
@testable import Migration
import Testing

/// The dynamic checks of `converge verify`: compileall, importing every module in an
/// isolated child with a time limit, and pytest, each run on a small tree that has
/// exactly the problem it must find.
@Suite struct PythonChecksTests {
    static func tree(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-verify-python")
        try folder.write(tree: files)
        return folder
    }

    @Test func compileallReportsASyntaxErrorAtItsLine() throws {
        let folder = try Self.tree(["pkg/__init__.py": "", "pkg/good.py": "x = 1\n", "pkg/bad.py": "x = 1\ndef f(:\n    pass\n"])
        let findings = PythonChecks(root: folder.path, timeLimit: 60).compile()
        #expect(findings.map { "\($0.path):\($0.line)" } == ["pkg/bad.py:2"])
        #expect(findings.first?.message == "does not compile: SyntaxError: invalid syntax")
        #expect(!FileManager.default.fileExists(atPath: folder.file("pkg/__pycache__")))
        // Tool folders are skipped inside the project only, not above it.
        let nested = try Self.tree(["venv/project/pkg/bad.py": "x = = 1\n", "venv/project/venv/lib/bad.py": "x = = 1\n"])
        let inside = PythonChecks(root: nested.file("venv/project"), timeLimit: 60).compile()
        #expect(inside.map { "\($0.path):\($0.line)" } == ["pkg/bad.py:1"])
    }

    @Test func aModuleThatRaisesOrHangsAtImportIsReportedOnceWithTheLastTracebackLine() throws {
        let folder = try Self.tree([
            "pkg/__init__.py": "",
            "pkg/fine.py": "print('noise on stdout')\nVALUE = 1\n",
            "pkg/raises.py": "import pkg.fine\n\nraise RuntimeError('no config found')\n",
            "pkg/hangs.py": "import time\ntime.sleep(60)\n",
            "pkg/user_path.py": "import os\nassert 'PYTHONPATH' not in os.environ\n",
            "pkg/__main__.py": "raise SystemExit('never imported')\n",
            "pkg/sub/__init__.py": "from . import a\n",
            "pkg/sub/a.py": "import pkg.sub.b\n",
            "pkg/sub/b.py": "VALUE = int('twelve')\n",
        ])
        let files = try ProjectFiles.read(root: folder.path)
        let modules = files.importableModules()
        #expect(modules.map(\.name) == ["pkg", "pkg.fine", "pkg.hangs", "pkg.raises", "pkg.sub", "pkg.sub.a", "pkg.sub.b", "pkg.user_path"])
        let started = ContinuousClock.now
        let findings = PythonChecks(root: folder.path, timeLimit: 2).importModules(modules)
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(findings.map(\.description) == [
            "pkg/hangs.py:2: import pkg.hangs: did not finish within 2 s",
            "pkg/raises.py:3: import pkg.raises: RuntimeError: no config found",
            "pkg/sub/b.py:1: import pkg.sub.b, and 2 more modules: ValueError: invalid literal for int() with base 10: 'twelve'",
        ])
    }

    @Test func aSrcLayoutImportsFromSrc() throws {
        let folder = try Self.tree([
            "src/pkg/__init__.py": "from .mod import VALUE\n",
            "src/pkg/mod.py": "VALUE = 1\n",
            "src/pkg/broken.py": "from pkg.mod import MISSING\n",
            "tests/test_mod.py": "",
        ])
        let files = try ProjectFiles.read(root: folder.path)
        let modules = files.importableModules()
        #expect(modules.map(\.name) == ["pkg", "pkg.broken", "pkg.mod"])
        let findings = PythonChecks(root: folder.path, timeLimit: 20).importModules(modules, sourceRoots: files.sourceRoots)
        #expect(findings.map(\.description) == [
            "src/pkg/broken.py:1: import pkg.broken: ImportError: cannot import name 'MISSING' from 'pkg.mod' (\(folder.path)/src/pkg/mod.py)",
        ])
    }

    @Test func aChildThatOutlivesTheWholeTimeLimitIsKilled() throws {
        let started = ContinuousClock.now
        let output = try ChildProcess.run("sh", ["-c", "sleep 30 & sleep 30"], environment: ["PATH=/usr/bin:/bin"], timeLimit: 0.5)
        #expect(output.timedOut)
        #expect(output.status == 128 + 9)
        #expect(ContinuousClock.now - started < .seconds(10))
    }

    @Test func pytestFailuresAreReportedWhereTheyFailed() throws {
        let folder = try Self.tree([
            "pkg/__init__.py": "def answer(): return 41\n",
            "tests/test_answer.py": "from pkg import answer\n\ndef test_passes():\n    assert True\n\ndef test_answer():\n    assert answer() == 42\n",
            "tests/test_broken.py": "import pkg.nowhere\n",
        ])
        let findings = PythonChecks(root: folder.path, timeLimit: 120).pytest(["tests"])
        #expect(findings.map { "\($0.path):\($0.line)" } == ["tests/test_answer.py:7", "tests/test_broken.py:0"])
        #expect(findings.first?.message.hasPrefix("tests/test_answer.py::test_answer failed: assert 41 == 42") == true)
        #expect(findings.last?.message.contains("could not collect") == true)
        let passing = PythonChecks(root: folder.path, timeLimit: 120).pytest(["tests/test_answer.py::test_passes"])
        #expect(passing.isEmpty, "\(passing)")
    }
}
