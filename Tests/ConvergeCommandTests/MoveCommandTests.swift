import ConvergeTestSupport
import Foundation
import Testing

/// `converge move` run as a user runs it: dry-run listings in text and JSON, a real
/// move that renames and rewrites, and bad input that exits 2 with nothing written.
@Suite struct MoveCommandTests {
    static let tree: [String: String] = [
        "backtester_v2/__init__.py": "from . import market_regime\n",
        "backtester_v2/api/routes.py": "from backtester_v2.market_regime import RegimeDetector\r\nimport backtester_v2.market_regime.detector\r\nx = backtester_v2.market_regime.detector.VERSION\r\n",
        "backtester_v2/market_regime/__init__.py": "from .detector import RegimeDetector\nfrom ..utils import normalise\n",
        "backtester_v2/market_regime/detector.py": "VERSION = 1\nclass RegimeDetector: pass\n",
        "backtester_v2/market_regime/data/regimes.csv": "a,b\n",
        "backtester_v2/utils.py": "def normalise(x): return x\n",
        "tests/test_detector.py": "from unittest import mock\n@mock.patch(\"backtester_v2.market_regime.detector.VERSION\", 2)\ndef test(): pass\n",
    ]
    static let old = "backtester_v2.market_regime"
    static let new = "backtester_v2.strategies.market_regime"

    func makeTree(_ files: [String: String] = tree) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-move")
        for (path, text) in files {
            let full = folder.file(path)
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try folder.write(path, text)
        }
        return folder
    }

    /// Every file under the folder, path → text.
    func snapshot(_ folder: TemporaryFolder) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.file(path), isDirectory: &isFolder)
            if !isFolder.boolValue { result[path] = String(decoding: try folder.read(path), as: UTF8.self) }
        }
        return result
    }

    @Test func dryRunListsProposalsAsTextAndWritesNothing() throws {
        let folder = try makeTree()
        let before = try snapshot(folder)
        let result = try Subprocess.converge(["move", "--root", folder.path, "--dry-run", Self.old, Self.new])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText == """
            backtester_v2/__init__.py:1 code: . → .strategies
            backtester_v2/__init__.py:1 code (optional): . → backtester_v2.strategies
            backtester_v2/api/routes.py:1 code: backtester_v2.market_regime → backtester_v2.strategies.market_regime
            backtester_v2/api/routes.py:2 code: backtester_v2.market_regime → backtester_v2.strategies.market_regime
            backtester_v2/api/routes.py:3 code: backtester_v2.market_regime → backtester_v2.strategies.market_regime
            backtester_v2/market_regime/__init__.py:2 code: ..utils → ...utils
            backtester_v2/market_regime/__init__.py:2 code (optional): ..utils → backtester_v2.utils
            tests/test_detector.py:2 code-string: backtester_v2.market_regime → backtester_v2.strategies.market_regime

            """)
        #expect(try snapshot(folder) == before)
    }

    @Test func dryRunJSONHasOneObjectPerProposal() throws {
        let folder = try makeTree()
        let result = try Subprocess.converge(["move", "--root", folder.path, "--dry-run", "--json", Self.old, Self.new])
        #expect(result.status == 0, "\(result.stderrText)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [[String: Any]])
        #expect(objects.count == 8)
        #expect(objects.filter { $0["default"] as? String == "off" }.count == 2)
        let first = try #require(objects.first)
        #expect(Set(first.keys) == ["path", "line", "kind", "before", "after", "default"])
        #expect(first["path"] as? String == "backtester_v2/__init__.py")
        #expect(first["line"] as? Int == 1)
        #expect(first["kind"] as? String == "code")
        #expect(first["after"] as? String == ".strategies")
        #expect(first["default"] as? String == "accept")
    }

    @Test func moveRenamesRewritesAndCreatesInitFiles() throws {
        let folder = try makeTree()
        let result = try Subprocess.converge(["move", Self.old, Self.new], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let after = try snapshot(folder)
        #expect(after["backtester_v2/strategies/__init__.py"] == "")
        #expect(after["backtester_v2/market_regime/detector.py"] == nil)
        #expect(after["backtester_v2/strategies/market_regime/data/regimes.csv"] == "a,b\n")
        #expect(after["backtester_v2/__init__.py"] == "from .strategies import market_regime\n")
        #expect(after["backtester_v2/api/routes.py"] == "from backtester_v2.strategies.market_regime import RegimeDetector\r\nimport backtester_v2.strategies.market_regime.detector\r\nx = backtester_v2.strategies.market_regime.detector.VERSION\r\n")
        #expect(after["backtester_v2/strategies/market_regime/__init__.py"] == "from .detector import RegimeDetector\nfrom ...utils import normalise\n")
        #expect(after["tests/test_detector.py"]?.contains("\"backtester_v2.strategies.market_regime.detector.VERSION\"") == true)
        let again = try Subprocess.converge(["move", "--dry-run", Self.new, "backtester_v2.strategies.regime"], directory: folder.path)
        #expect(again.status == 0)
    }

    @Test func secondDryRunAfterTheMoveFindsNothingLeft() throws {
        let folder = try makeTree()
        _ = try Subprocess.converge(["move", Self.old, Self.new], directory: folder.path)
        let again = try Subprocess.converge(["move", "--dry-run", "tests.test_detector", "tests.test_detector2"], directory: folder.path)
        #expect(again.status == 0)
        #expect(again.stdoutText.isEmpty)
    }

    @Test func absoluteImportsWritesEscapingRelativeImportsAsAbsolute() throws {
        let folder = try makeTree()
        let help = try Subprocess.converge(["move", "--help"])
        #expect(help.stdoutText.contains("--absolute-imports"))
        let result = try Subprocess.converge(["move", "--absolute-imports", Self.old, Self.new], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let after = try snapshot(folder)
        #expect(after["backtester_v2/__init__.py"] == "from backtester_v2.strategies import market_regime\n")
        #expect(after["backtester_v2/strategies/market_regime/__init__.py"]
            == "from .detector import RegimeDetector\nfrom backtester_v2.utils import normalise\n")
    }

    @Test func aRuffRelativeImportBanIsHonoured() throws {
        var files = Self.tree
        files["pyproject.toml"] = "[tool.ruff]\nselect = [\"TID252\"]\n\n[tool.ruff.flake8-tidy-imports]\nban-relative-imports = \"parents\"\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["move", Self.old, Self.new], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let after = try snapshot(folder)
        #expect(after["backtester_v2/__init__.py"] == "from .strategies import market_regime\n")
        #expect(after["backtester_v2/strategies/market_regime/__init__.py"]
            == "from .detector import RegimeDetector\nfrom backtester_v2.utils import normalise\n")
    }

    @Test func aSrcLayoutCountsModulesFromSrcAndRewritesTheTestsBesideIt() throws {
        let folder = try makeTree([
            "src/shop/__init__.py": "",
            "src/shop/core/__init__.py": "",
            "src/shop/core/engine.py": "def f():\n    return 1\n",
            "src/shop/api.py": "from shop.core.engine import f\nfrom .core import engine\n",
            "tests/test_engine.py": "from shop.core.engine import f\nimport shop.core.engine\n\n\ndef test_f():\n    assert shop.core.engine.f() == f()\n",
        ])
        let result = try Subprocess.converge(["move", "shop.core", "shop.base.core"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let files = try snapshot(folder)
        #expect(files["src/shop/base/core/engine.py"] == "def f():\n    return 1\n")
        #expect(files["src/shop/base/__init__.py"] == "")
        #expect(files["src/shop/api.py"] == "from shop.base.core.engine import f\nfrom .base.core import engine\n")
        #expect(files["tests/test_engine.py"]
            == "from shop.base.core.engine import f\nimport shop.base.core.engine\n\n\ndef test_f():\n    assert shop.base.core.engine.f() == f()\n")
        #expect(files["src/shop/core/engine.py"] == nil)
    }

    @Test func aSingleModuleMovesToo() throws {
        let folder = try makeTree()
        let result = try Subprocess.converge(["move", "--root", folder.path, "backtester_v2.utils", "backtester_v2.common.utils"])
        #expect(result.status == 0, "\(result.stderrText)")
        let after = try snapshot(folder)
        #expect(after["backtester_v2/common/utils.py"] == "def normalise(x): return x\n")
        #expect(after["backtester_v2/common/__init__.py"] == "")
        #expect(after["backtester_v2/market_regime/__init__.py"] == "from .detector import RegimeDetector\nfrom ..common.utils import normalise\n")
    }

    @Test func anExistingFolderWithoutInitFileIsWarnedAbout() throws {
        var files = Self.tree
        files["backtester_v2/strategies/readme.txt"] = "x\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["move", "--root", folder.path, Self.old, Self.new])
        #expect(result.status == 0)
        #expect(result.stderrText.contains("strategies has no __init__.py"))
    }

    @Test func aRealRunListsTheFlagsItDidNotWrite() throws {
        var files = Self.tree
        files["backtester_v2/market_regime/paths.py"] = "ROOT = __file__\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["move", Self.old, Self.new], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.stdoutText.hasPrefix("backtester_v2/market_regime/paths.py:1 flag: __file__: this file moves"))
        #expect(try snapshot(folder)["backtester_v2/strategies/market_regime/paths.py"] == "ROOT = __file__\n")
    }

    @Test(arguments: [
        (["backtester_v2.missing", "backtester_v2.other"], "no module or package"),
        (["backtester_v2.market_regime", "backtester_v2.utils"], "already exists"),
        (["backtester_v2.market_regime", "backtester_v2.market_regime.inner"], "inside"),
        (["backtester_v2.market-regime", "backtester_v2.x"], "not a dotted module name"),
        (["backtester_v2.market_regime", "backtester_v2.utils.market_regime"], "is a module where"),
        (["backtester_v2.market_regime", "backtester_v2.Utils"], "letter case"),
    ])
    func badInputExitsTwoWithNothingWritten(arguments: [String], message: String) throws {
        let folder = try makeTree()
        let before = try snapshot(folder)
        let result = try Subprocess.converge(["move", "--root", folder.path] + arguments)
        #expect(result.status == 2)
        #expect(result.stderrText.hasPrefix("converge: "))
        #expect(result.stderrText.contains(message), "\(result.stderrText)")
        #expect(result.stderrText.split(separator: "\n").count == 1)
        #expect(try snapshot(folder) == before)
    }

    @Test func configIsRewrittenDocsOnlyWhenAskedAndGitIsNeverRead() throws {
        var files = Self.tree
        files["pyproject.toml"] = "[project.scripts]\nscan = \"backtester_v2.market_regime.cli:main\"\n"
        files["docs/api.md"] = "::: backtester_v2.market_regime\n"
        files[".git/config"] = "backtester_v2.market_regime\n"
        let folder = try makeTree(files)
        let plain = try Subprocess.converge(["move", "--dry-run", Self.old, Self.new], directory: folder.path)
        #expect(plain.stdoutText.contains("pyproject.toml:2 config: backtester_v2.market_regime → backtester_v2.strategies.market_regime"))
        #expect(!plain.stdoutText.contains("docs/api.md"))
        #expect(!plain.stdoutText.contains(".git"))
        let docs = try Subprocess.converge(["move", "--dry-run", "--include-docs", "--json", Self.old, Self.new], directory: folder.path)
        #expect(docs.stdoutText.contains("\"path\": \"docs/api.md\", \"line\": 1, \"kind\": \"docs\""))
        #expect(docs.stdoutText.contains("\"default\": \"off\""))
        let result = try Subprocess.converge(["move", Self.old, Self.new], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let after = try snapshot(folder)
        #expect(after["pyproject.toml"] == "[project.scripts]\nscan = \"backtester_v2.strategies.market_regime.cli:main\"\n")
        #expect(after["docs/api.md"] == "::: backtester_v2.market_regime\n")
        #expect(after[".git/config"] == "backtester_v2.market_regime\n")
    }

    @Test func aSplitImportIsListedOnOneLine() throws {
        var files = Self.tree
        files["backtester_v2/api/split.py"] = "from backtester_v2 import utils, market_regime\r\n"
        let folder = try makeTree(files)
        let result = try Subprocess.converge(["move", "--dry-run", Self.old, Self.new], directory: folder.path)
        #expect(result.stdoutText.contains("backtester_v2/api/split.py:1 code: from backtester_v2 import utils, market_regime → from backtester_v2 import utils\\r\\nfrom backtester_v2.strategies import market_regime\n"))
    }
}
