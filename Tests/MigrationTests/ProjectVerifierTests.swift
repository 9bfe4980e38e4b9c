@testable import Migration
import PythonSource
import Testing

/// The static checks of `converge verify`, one fixture per kind of problem, each with
/// the look-alikes that must not be reported beside it.
@Suite struct ProjectVerifierTests {
    static func verify(_ python: [String: String], others: [String: String] = [:],
                       options: VerifyOptions = VerifyOptions()) -> VerifyReport {
        let files = ProjectFiles(root: "/project", python: python.mapValues { Array($0.utf8) },
                                 others: others.mapValues { Array($0.utf8) })
        return ProjectVerifier(files: files, options: options).verify()
    }

    /// `path:line check` of each finding, the form the assertions compare.
    static func places(_ findings: [VerifyFinding]) -> [String] {
        findings.map { "\($0.path):\($0.line) \($0.check.rawValue)" }
    }

    @Test func anAbsoluteImportOfAMissingProjectModuleIsReported() {
        let report = Self.verify([
            "pkg/__init__.py": "",
            "pkg/present.py": "",
            "pkg/a.py": "import os, numpy\nimport pkg.present\nimport pkg.missing.deeper as d\nfrom pkg.gone import x\n",
        ])
        #expect(Self.places(report.findings) == ["pkg/a.py:3 unresolved-import", "pkg/a.py:4 unresolved-import"])
        #expect(report.findings.first?.message == "import pkg.missing.deeper: no module pkg.missing (no pkg/missing.py, pkg/missing.pyi or pkg/missing/)")
        #expect(!report.passed)
    }

    /// Modules without a file of their own: a folder of data (a namespace package),
    /// `pkg.__init__`, and what `sys.modules[...] =` or a `sys.meta_path` hook provides.
    @Test func foldersOfDataInitModulesAndModulesFromHooksResolve() {
        let report = Self.verify([
            "pkg/__init__.py": "testing = False\n",
            "pkg/registry.py": "import sys\nfrom . import paths\nsys.modules['pkg.registry.paths'] = paths\n",
            "pkg/reader.py": "import sys\nif sys.modules['pkg'] == None: pass\n",
            "pkg/paths.py": "",
            "pkg/extern.py": "import sys\nclass Importer: pass\nsys.meta_path.append(Importer())\n",
            "pkg/user.py": """
                import pkg.include
                import pkg.include.deeper
                from pkg.__init__ import testing
                import pkg.registry.paths
                import pkg.reader.paths
                from pkg.extern import vendored
                from pkg.reader import vendored
                """,
        ], others: ["pkg/include/header.h": "int x;\n"])
        #expect(Self.places(report.findings) == ["pkg/user.py:2 unresolved-import", "pkg/user.py:5 unresolved-import",
                                                 "pkg/user.py:7 missing-name"])
    }

    @Test func aSrcLayoutCountsModulesFromSrc() {
        let report = Self.verify([
            "src/pkg/__init__.py": "from .mod import thing\n",
            "src/pkg/mod.py": "thing = 1\nfrom pkg.missing import x\n",
            "tests/test_mod.py": "from pkg.mod import thing\nimport src.pkg\n",
        ], others: ["src/pkg/data/table.csv": "a,b\n"])
        #expect(Self.places(report.findings) == ["src/pkg/mod.py:2 unresolved-import"])
    }

    @Test func aRelativeImportThatResolvesToNothingIsReported() {
        let report = Self.verify([
            "pkg/__init__.py": "from . import present\nfrom .sub import thing\n",
            "pkg/present.py": "from .gone import x\nfrom .. import y\n",
            "pkg/sub/__init__.py": "from .inner import thing\nfrom ..present import *\n",
            "pkg/sub/inner.py": "thing = 1\n",
            "setup.py": "from . import pkg\n",
        ])
        #expect(Self.places(report.findings) == [
            "pkg/present.py:1 unresolved-import", "pkg/present.py:2 unresolved-import", "setup.py:1 unresolved-import",
        ])
    }

    @Test func aNameTheModuleDoesNotOfferIsReported() {
        let report = Self.verify([
            "pkg/__init__.py": "from .core import run as start\n__all__ = ['later']\n",
            "pkg/core.py": "def run(): pass\nclass Engine: pass\nif True:\n    FAST = 1\nfor loop_name in []: pass\n",
            "pkg/starred.py": "from os.path import *\n",
            "pkg/lazy.py": "def __getattr__(name): return name\n",
            "pkg/typed.py": "",
            "pkg/typed.pyi": "def only_in_stub() -> int: ...\nversion: str\n",
            "pkg/annotated.py": "declared: int\n",
            "pkg/space/part.py": "",
            "pkg/user.py": """
                from pkg.core import run, Engine, FAST, loop_name, walk
                from pkg import start, later, core, space, missing
                from pkg.starred import anything
                from pkg.lazy import anything_else
                from pkg.typed import only_in_stub, version
                from pkg.space import part, nothing
                from pkg.annotated import declared
                """,
        ])
        #expect(Self.places(report.findings) == [
            "pkg/user.py:1 missing-name", "pkg/user.py:2 missing-name", "pkg/user.py:6 missing-name", "pkg/user.py:7 missing-name",
        ])
        #expect(report.findings.map { $0.message.split(separator: ":")[0] } == [
            "from pkg.core import walk", "from pkg import missing", "from pkg.space import nothing", "from pkg.annotated import declared",
        ])
    }

    @Test func guardedImportsAreNotCheckedButImportsInFunctionsAre() {
        let report = Self.verify([
            "pkg/__init__.py": "",
            "pkg/a.py": """
                from typing import TYPE_CHECKING
                try:
                    import pkg.optional
                except ImportError:
                    from pkg.fallback import thing
                else:
                    from pkg.present_only_if import x
                if TYPE_CHECKING:
                    from pkg.typing_only import T
                else:
                    import pkg.runtime_missing
                def load():
                    from pkg.lazy_missing import y
                if True: import pkg.inline_missing
                """,
        ])
        #expect(Self.places(report.findings) == ["pkg/a.py:11 unresolved-import", "pkg/a.py:13 unresolved-import",
                                                 "pkg/a.py:14 unresolved-import"])
    }

    @Test func conflictMarkersNeedTheWholeBlock() {
        let report = Self.verify(
            ["pkg/mod.py": "x = 1\n<<<<<<< target\ny = 1\n=======\ny = 2\n>>>>>>> source\n"],
            others: [
                "README.rst": "Title\n=======\n\ntext\n",
                "notes.md": "<<<<<<< half\n=======\nno end\n",
                "conf.toml": "a = 1\r\n<<<<<<<\r\nb = 1\r\n=======\r\nb = 2\r\n>>>>>>> source\r\n",
                "wide.txt": "<<<<<<<< eight\n=======\n>>>>>>>> eight\n",
            ])
        #expect(Self.places(report.findings) == ["conf.toml:2 conflict-markers", "pkg/mod.py:2 conflict-markers"])
        #expect(report.findings.last?.message == "conflict markers left (<<<<<<< here, ======= at line 4, >>>>>>> at line 6)")
    }

    static let oldNameTree: [String: String] = [
        "pkg/__init__.py": "",
        "pkg/new.py": "def f(): pass\n",
        "pkg/older.py": "",
        "pkg/a.py": """
            from pkg.old import f
            from pkg import old
            target = "pkg.old.f"
            from .old import f
            import pkg.older, pkg.new
            pkg.old.f()
            """,
    ]

    @Test func aModuleStillNamedByItsOldNameIsReported() {
        let report = Self.verify(Self.oldNameTree, others: [
            "docs/use.md": "Call `pkg.old.f`, not pkg.older or mypkg.old.\n",
            "pyproject.toml": "[tool.setuptools]\npackages = [\"pkg/new\", \"pkg/old\"]\n",
        ], options: VerifyOptions(oldModules: ["pkg.old"]))
        let oldNames = report.findings.filter { $0.check == .oldName }
        #expect(Self.places(oldNames) == [
            "docs/use.md:1 old-name", "pkg/a.py:1 old-name", "pkg/a.py:2 old-name", "pkg/a.py:3 old-name",
            "pkg/a.py:4 old-name", "pkg/a.py:6 old-name", "pyproject.toml:2 old-name",
        ])
        #expect(oldNames.first?.message == "still names pkg.old, a moved module's old name")
        #expect(report.kept.isEmpty)
    }

    @Test func aOnePartOldNameCountsInImportsOnly() {
        let report = Self.verify([
            "signals.py": "",
            "app.py": "import signals\nfrom signals import *\n",
            "other.py": "signals = []\nsignals.append(1)\nname = \"signals\"\n",
        ], options: VerifyOptions(oldModules: ["signals"]))
        #expect(Self.places(report.findings) == ["app.py:1 old-name", "app.py:2 old-name"])
    }

    @Test func anOldNameKeptByARejectedProposalIsListedNotFailed() {
        let report = Self.verify(Self.oldNameTree, options: VerifyOptions(oldModules: ["pkg.old"], keptOldNames: ["pkg/a.py:3"]))
        #expect(Self.places(report.kept) == ["pkg/a.py:3 old-name"])
        #expect(!Self.places(report.findings).contains("pkg/a.py:3 old-name"))
        #expect(Self.places(report.findings).contains("pkg/a.py:1 old-name"))
    }

    @Test func aFileThatDoesNotTokenizeIsReportedWhenItWasWritten() {
        let tree = ["pkg/__init__.py": "", "pkg/bad.py": "x = 1\ny = \"never closed\n", "pkg/untouched.py": "z = (\n"]
        let all = Self.verify(tree)
        #expect(Self.places(all.findings) == ["pkg/bad.py:2 tokenize", "pkg/untouched.py:1 tokenize"])
        #expect(all.findings.first?.message.hasPrefix("does not tokenize: ") == true)
        let written = Self.verify(tree, options: VerifyOptions(writtenFiles: ["pkg/bad.py"]))
        #expect(Self.places(written.findings) == ["pkg/bad.py:2 tokenize"])
    }

    @Test func aCleanProjectPasses() {
        let report = Self.verify([
            "pkg/__init__.py": "from .core import run\n__all__ = ['run']\n",
            "pkg/core.py": "import pkg.util\nfrom pkg.util import helper\ndef run(): return helper()\n",
            "pkg/util.py": "def helper(): return 1\n",
            "tests/test_core.py": "from pkg import run\nimport pkg.core as core\n",
        ], others: ["README.md": "pkg\n===\n"], options: VerifyOptions(oldModules: ["pkg.old"]))
        #expect(report.passed, "\(report.findings)")
    }
}
