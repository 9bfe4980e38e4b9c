import Migration
import PythonSource
import Testing

/// Source-only modules whose definitions the target has in another module.
@Suite struct MovedModuleFinderTests {
    static let regimeUtils = """
        import logging

        logger = logging.getLogger(__name__)


        def detect_regime(prices):
            return _classify(prices)


        def smooth(values, window=3):
            return values


        class RegimeClassifier:
            pass


        def _classify(prices):
            return "bull"

        """

    static let regimeDetection = """
        from .config import WINDOW


        @register("detect")
        def detect_regime(prices, *, ui=None):
            return "bull"


        async def smooth(values, window=WINDOW):
            return values


        class RegimeClassifier(Base):
            def fit(self):
                pass


        def classify_for_ui(prices):
            return detect_regime(prices)

        """

    func files(_ texts: [String: String]) -> [String: [UInt8]] { texts.mapValues { Array($0.utf8) } }

    func moved(_ source: [String: String], target: [String: String]) -> [MovedModule] {
        MovedModuleFinder(targetFiles: files(target)).movedModules(sourceOnly: files(source))
    }

    @Test func functionsAndAClassDefinedInOneTargetModuleMoveThere() throws {
        let found = moved(["regime_utils.py": Self.regimeUtils], target: [
            "regime_detection.py": Self.regimeDetection,
            "smoothing.py": "def smooth(values):\n    return values\n",
            "config.py": "WINDOW = 3\n",
        ])
        try #require(found.count == 1)
        #expect(found[0].path == "regime_utils.py")
        #expect(found[0].module == "regime_utils")
        #expect(found[0].targetPath == "regime_detection.py")
        #expect(found[0].targetModule == "regime_detection")
        #expect(found[0].definitions == ["detect_regime", "smooth", "RegimeClassifier"])
        #expect(found[0].reason == "the target's regime_detection.py defines detect_regime, smooth and RegimeClassifier; copying the module would define them twice")
    }

    @Test func theImpliedMoveWinsOverThePackageMove() throws {
        let found = moved(["regime_utils.py": Self.regimeUtils], target: ["regime_detection.py": Self.regimeDetection])
        let move = try #require(found.first).moduleMove(
            sourcePackage: "backtester_v2.market_regime", targetPackage: "backtester_v2.strategies.market_regime")
        #expect(move == ModuleMove(old: "backtester_v2.market_regime.regime_utils",
                                   new: "backtester_v2.strategies.market_regime.regime_detection"))
        let moves = ModuleMoves([
            ModuleMove(old: "backtester_v2.market_regime", new: "backtester_v2.strategies.market_regime"), move,
        ])
        #expect(moves.mapped("backtester_v2.market_regime.regime_utils")
            == "backtester_v2.strategies.market_regime.regime_detection")
        #expect(moves.mapped("backtester_v2.market_regime.strategy") == "backtester_v2.strategies.market_regime.strategy")
    }

    @Test func oneFunctionMissingFromTheTargetKeepsItACopy() {
        let source = Self.regimeUtils + "def only_in_source():\n    pass\n"
        #expect(moved(["regime_utils.py": source], target: ["regime_detection.py": Self.regimeDetection]).isEmpty)
    }

    @Test func aMissingConstantKeepsItACopyButAMissingLoggerDoesNot() {
        let target = ["regime_detection.py": Self.regimeDetection]
        #expect(moved(["regime_utils.py": Self.regimeUtils + "DEFAULT_WINDOW = 5\n"], target: target).isEmpty)
        #expect(moved(["regime_utils.py": Self.regimeUtils + "__all__ = ['detect_regime', 'logger']\n"], target: target).isEmpty,
                "a variable listed in __all__ counts")
        #expect(moved(["regime_utils.py": Self.regimeUtils], target: target).count == 1, "logger is plumbing")
    }

    @Test func privateHelpersNeedNotExistInTheTarget() {
        let found = moved(["regime_utils.py": Self.regimeUtils + "def _only_in_source():\n    pass\n"],
                          target: ["regime_detection.py": Self.regimeDetection])
        #expect(found.map(\.targetPath) == ["regime_detection.py"])
        #expect(!found.flatMap(\.definitions).contains("_only_in_source"))
    }

    @Test func testsInitsMainsAndScriptsAreNeverMoved() {
        let target = ["regime_detection.py": Self.regimeDetection]
        for path in ["test_regime.py", "regime_test.py", "conftest.py", "__init__.py", "__main__.py", "sub/test_x.py", "notes.txt"] {
            #expect(moved([path: Self.regimeUtils], target: target).isEmpty, "\(path)")
        }
        let script = Self.regimeUtils + "if __name__ == \"__main__\":\n    detect_regime([])\n"
        #expect(moved(["run_regime.py": script], target: target).isEmpty)
        #expect(moved(["regime_utils.py": Self.regimeUtils], target: target).count == 1, "the same text under an ordinary name moves")
    }

    @Test func aModuleSplitOverTwoTargetModulesStaysACopy() {
        let source = ["utils.py": "def detect():\n    pass\n\ndef smooth():\n    pass\n"]
        let split = ["detection.py": "def detect():\n    pass\n", "smoothing.py": "def smooth():\n    pass\n"]
        #expect(moved(source, target: split).isEmpty)
        var joined = split
        joined["detection.py"] = "from .smoothing import smooth\n\ndef detect():\n    pass\n"
        let found = moved(source, target: joined)
        #expect(found.map(\.targetPath) == ["detection.py"], "detection.py binds both names")
        #expect(found.first?.reason == "the target's detection.py defines detect and imports smooth; copying the module would define them twice")
    }

    @Test func theTargetModuleDefiningTheMostWins() {
        let source = ["old.py": "def a():\n    pass\n\ndef b():\n    pass\n"]
        let target = [
            "alpha.py": "from .beta import b\n\ndef a():\n    pass\n",
            "beta.py": "def a():\n    pass\n\ndef b():\n    pass\n",
        ]
        #expect(moved(source, target: target).map(\.targetPath) == ["beta.py"])
    }

    @Test func namesOnlyImportedInTheTargetAreNotEnough() {
        let target = ["detection.py": "from numpy import detect\n", "other.py": "def smooth():\n    pass\n"]
        #expect(moved(["utils.py": "def detect():\n    pass\n"], target: target).isEmpty)
    }

    @Test func constantsAloneAreNoEvidence() {
        #expect(moved(["settings.py": "WINDOW = 3\n"], target: ["config.py": "WINDOW = 3\n"]).isEmpty)
    }

    @Test func foldersGiveDottedModules() throws {
        let found = moved(["detectors/regime_utils.py": Self.regimeUtils],
                          target: ["analysis/regime_detection.py": Self.regimeDetection, "tests/test_x.py": Self.regimeUtils])
        try #require(found.count == 1)
        #expect(found[0].module == "detectors.regime_utils")
        #expect(found[0].targetModule == "analysis.regime_detection")
        #expect(found[0].moduleMove(sourcePackage: "old", targetPackage: "new")
            == ModuleMove(old: "old.detectors.regime_utils", new: "new.analysis.regime_detection"))
    }

    @Test func brokenPythonDoesNotCrashAndIsNotMoved() {
        // The unclosed string hides a definition the target lacks: converge cannot see
        // all of the module, so it does not call it moved.
        let broken = Self.regimeUtils + "note = \"\"\"never closed\n\ndef only_in_source():\n    pass\n"
        let target = ["regime_detection.py": Self.regimeDetection, "broken.py": "class (\n  '''\n"]
        #expect(moved(["regime_utils.py": broken], target: target).isEmpty)
        #expect(moved(["regime_utils.py": Self.regimeUtils + "def tail(:\n    pass\n"], target: target).isEmpty)
        #expect(moved(["regime_utils.py": Self.regimeUtils], target: target).count == 1)
        #expect(moved(["x.py": "\u{0}\u{1}def"], target: target).isEmpty)
    }

    @Test func theIndexSkipsTestsMainAndNonModules() {
        let index = TargetDefinitionIndex(files: files([
            "a.py": "", "test_a.py": "", "__main__.py": "", "my-tools/x.py": "", "pkg/__init__.py": "", "data.csv": "",
        ]))
        #expect(index.count == 2)
    }
}
