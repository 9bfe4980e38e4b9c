import Migration
import Testing

/// Spec cases 55, 66, 70, 71 and 73: what the planner can read but must not (or
/// cannot) edit by itself — a dynamic `__all__`, lazy-import maps, a second module
/// name for one file, persisted identifiers, and stubs.
extension RewriteFixture {
    static let packageInit = "backtester_v2/market_regime/__init__.py"
    static let newPackageInit = "backtester_v2/strategies/market_regime/__init__.py"
    static let stubTreeDetector = "typings/backtester_v2/market_regime/detector.pyi"

    static let lateCases: [RewriteFixture] = [
        RewriteFixture(
            name: "55 static forms of __all__ are read, the dynamic one flagged",
            files: [packageInit: "from . import indicators\nfrom .detector import RegimeDetector, VERSION\n__all__ = [\"RegimeDetector\", \"VERSION\"]\n__all__ += [\"VERSION\"]\n__all__ += indicators.__all__\n__all__.extend([\"EMA\"])\n"],
            expected: [newPackageInit: "from . import indicators\nfrom .detector import RegimeDetector, VERSION\n__all__ = [\"RegimeDetector\", \"VERSION\"]\n__all__ += [\"VERSION\"]\n__all__ += indicators.__all__\n__all__.extend([\"EMA\"])\n"],
            mustPropose: ["\(packageInit):5 flag: __all__ → __all__"]),
        RewriteFixture(
            name: "55 a comprehension __all__ in a file that imports moved code is flagged",
            files: [routes: "from backtester_v2.market_regime import RegimeDetector\n__all__ = [n for n in dir() if not n.startswith(\"_\")]\n"],
            expected: [routes: "from backtester_v2.strategies.market_regime import RegimeDetector\n__all__ = [n for n in dir() if not n.startswith(\"_\")]\n"],
            mustPropose: ["\(routes):2 flag: __all__ → __all__"]),
        oneFile("66 a lazy-import map value follows REGROUP", packageInit, """
                import importlib
                _LAZY = {"ComprehensiveGreeks": ".comprehensive_greeks"}
                def __getattr__(name):
                    if name in _LAZY:
                        return getattr(importlib.import_module(_LAZY[name], __name__), name)
                    raise AttributeError(name)

                """, newPackageInit, """
                import importlib
                _LAZY = {"ComprehensiveGreeks": ".comprehensive_modules.comprehensive_greeks"}
                def __getattr__(name):
                    if name in _LAZY:
                        return getattr(importlib.import_module(_LAZY[name], __name__), name)
                    raise AttributeError(name)

                """, moves: regroup),
        oneFile("66 a lazy map from __package__ whose targets move along stays", detector,
                "_LAZY = {\"EMA\": \".indicators.ema\"}\ndef load(name):\n    return importlib.import_module(_LAZY[name], package=__package__)\n",
                newDetector,
                "_LAZY = {\"EMA\": \".indicators.ema\"}\ndef load(name):\n    return importlib.import_module(_LAZY[name], package=__package__)\n"),
        RewriteFixture(
            name: "70 a module imported under a second name through sys.path is flagged",
            files: [routes: "import sys\nsys.path.insert(0, \"backtester_v2\")\nfrom market_regime.detector import RegimeDetector\n"],
            expected: [routes: "import sys\nsys.path.insert(0, \"backtester_v2\")\nfrom market_regime.detector import RegimeDetector\n"],
            mustPropose: ["\(routes):3 flag: market_regime.detector → market_regime.detector"]),
        RewriteFixture(
            name: "71 persisted identifiers: stored class paths and pickle loads are flagged, never edited",
            files: ["models/registry.json": "{\"detector\": \"backtester_v2.market_regime.detector.RegimeDetector\"}\n",
                    routes: "import pickle\nfrom backtester_v2.market_regime import RegimeDetector\nmodel = pickle.load(open(\"model.pkl\", \"rb\"))\n"],
            expected: ["models/registry.json": "{\"detector\": \"backtester_v2.market_regime.detector.RegimeDetector\"}\n",
                       routes: "import pickle\nfrom backtester_v2.strategies.market_regime import RegimeDetector\nmodel = pickle.load(open(\"model.pkl\", \"rb\"))\n"],
            mustPropose: ["models/registry.json:1 flag: backtester_v2.market_regime → backtester_v2.strategies.market_regime",
                          "\(routes):3 flag: pickle.load → pickle.load"]),
        RewriteFixture(
            name: "73 a stub next to its module moves with it; a stub tree is flagged; py.typed stays",
            files: ["backtester_v2/market_regime/detector.pyi": "from .utils import normalise\nfrom backtester_v2.market_regime.utils import normalise as normalise\nclass RegimeDetector: ...\n",
                    stubTreeDetector: "from backtester_v2.market_regime.utils import normalise\nclass RegimeDetector: ...\n",
                    "backtester_v2/py.typed": ""],
            expected: ["backtester_v2/strategies/market_regime/detector.pyi": "from .utils import normalise\nfrom backtester_v2.strategies.market_regime.utils import normalise as normalise\nclass RegimeDetector: ...\n",
                       stubTreeDetector: "from backtester_v2.strategies.market_regime.utils import normalise\nclass RegimeDetector: ...\n",
                       "backtester_v2/py.typed": ""],
            mustPropose: ["\(stubTreeDetector):1 flag:  → "]),
    ]
}

/// The limits of the late cases: what must stay silent.
@Suite struct RewriteLateLimitTests {
    @Test func aDynamicAllInAFileUntouchedByTheMoveIsNotFlagged() {
        let tree = RewriteFixture.routesCase("55", "import os\n__all__ = [n for n in dir() if n[0] != \"_\"]\n", "").tree
        #expect(RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.packageMove)).isEmpty)
    }

    @Test func aRelativeStringWithoutAnImportModuleCallIsLeftAlone() {
        let tree = RewriteFixture.oneFile("66", RewriteFixture.packageInit, "_LAZY = {\"G\": \".comprehensive_greeks\"}\n", "").tree
        #expect(RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.regroup)).isEmpty)
    }

    @Test func toolSettingsInJSONStayConfig() {
        var tree = RewriteFixture(name: "71", files: [:], expected: [:]).tree
        tree["pyrightconfig.json"] = Array("{\"include\": [\"backtester_v2/market_regime\"]}\n".utf8)
        let kinds = RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.packageMove)).map(\.kind)
        #expect(kinds == [.config])
    }
}
