import Migration

/// Spec sections D–F: relative imports into the moved package, inside it, and the
/// regrouping of `comprehensive_*.py`.
extension RewriteFixture {
    static let detector = "backtester_v2/market_regime/detector.py"
    static let newDetector = "backtester_v2/strategies/market_regime/detector.py"
    static let greeks = "backtester_v2/market_regime/comprehensive_greeks.py"
    static let newGreeks = "backtester_v2/strategies/market_regime/comprehensive_modules/comprehensive_greeks.py"

    /// A case about one file that moves from `path` to `newPath`.
    static func oneFile(_ name: String, _ path: String, _ before: String, _ newPath: String, _ after: String,
                        moves: [ModuleMove] = packageMove) -> RewriteFixture {
        RewriteFixture(name: name, files: [path: before], moves: moves, expected: [newPath: after])
    }

    /// A case about one file that stays at `path`.
    static func oneFile(_ name: String, _ path: String, _ before: String, _ after: String,
                        moves: [ModuleMove] = packageMove) -> RewriteFixture {
        RewriteFixture(name: name, files: [path: before], moves: moves, expected: [path: after])
    }

    static let relativeCases: [RewriteFixture] = [
        oneFile("20 sibling at the top level, bare from-dot", "backtester_v2/__init__.py",
                "from .market_regime import RegimeDetector\nfrom . import market_regime\n",
                "from .strategies.market_regime import RegimeDetector\nfrom .strategies import market_regime\n"),
        oneFile("21 two dots from a sibling subpackage", engine,
                "from ..market_regime.detector import RegimeDetector\n",
                "from ..strategies.market_regime.detector import RegimeDetector\n"),
        oneFile("22 importer inside the destination parent: fewer dots", "backtester_v2/strategies/tbs/strategy.py",
                "from ...market_regime import RegimeDetector\n", "from ..market_regime import RegimeDetector\n"),
        RewriteFixture(
            name: "23 __init__ depth rule, and the new cycle risk flagged",
            files: ["backtester_v2/strategies/__init__.py": "from ..market_regime import RegimeDetector\n"],
            expected: ["backtester_v2/strategies/__init__.py": "from .market_regime import RegimeDetector\n"],
            mustPropose: ["backtester_v2/strategies/__init__.py:1 flag: from ..market_regime import RegimeDetector → from ..market_regime import RegimeDetector"]),
        oneFile("24 unusual relative spellings", "backtester_v2/__init__.py",
                "from.market_regime import RegimeDetector\nfrom . market_regime . utils import normalise\nfrom .\\\n    market_regime import registry\n",
                "from.strategies.market_regime import RegimeDetector\nfrom .strategies.market_regime.utils import normalise\nfrom .\\\n    strategies.market_regime import registry\n"),
        oneFile("24 a continuation inside a dotted path is kept", routes,
                "from backtester_v2.\\\n    market_regime import x\nimport backtester_v2.\\\r\n    market_regime.utils\nbacktester_v2.\\\n    market_regime.utils.normalise()\n",
                "from backtester_v2.\\\n    strategies.market_regime import x\nimport backtester_v2.\\\r\n    strategies.market_regime.utils\nbacktester_v2.\\\n    strategies.market_regime.utils.normalise()\n"),
        oneFile("24 a continuation after the dots is kept when only the dots change", detector,
                "from ..\\\n    core.engine import Engine\n", newDetector, "from ...\\\n    core.engine import Engine\n"),
        oneFile("25 intra-package relative imports need nothing", detector,
                "from .utils import normalise\nfrom .indicators.ema import EMA\nfrom . import registry\n", newDetector,
                "from .utils import normalise\nfrom .indicators.ema import EMA\nfrom . import registry\n"),
        oneFile("26 relative import that escapes the package", detector,
                "from ..core.engine import Engine\n", newDetector, "from ...core.engine import Engine\n"),
        oneFile("27 bare-dot escape to the top level", "backtester_v2/market_regime/indicators/ema.py",
                "from ... import config\n", "backtester_v2/strategies/market_regime/indicators/ema.py",
                "from .... import config\n"),
        oneFile("28 no silent rebinding to strategies/utils", detector,
                "from ..utils import normalise        # meant backtester_v2/utils.py\n", newDetector,
                "from ...utils import normalise        # meant backtester_v2/utils.py\n"),
        oneFile("29 __init__ of the moved package", "backtester_v2/market_regime/__init__.py",
                "from ..core import engine\nfrom .detector import RegimeDetector\n",
                "backtester_v2/strategies/market_regime/__init__.py",
                "from ...core import engine\nfrom .detector import RegimeDetector\n"),
        oneFile("32 a regrouped file's own relative imports gain a dot", greeks,
                "from .utils import normalise\nfrom .indicators.ema import EMA\n", newGreeks,
                "from ..utils import normalise\nfrom ..indicators.ema import EMA\n", moves: regroup),
        oneFile("33 siblings that move together stay unchanged",
                "backtester_v2/market_regime/comprehensive_triple_straddle.py",
                "from .comprehensive_greeks import ComprehensiveGreeks\n",
                "backtester_v2/strategies/market_regime/comprehensive_modules/comprehensive_triple_straddle.py",
                "from .comprehensive_greeks import ComprehensiveGreeks\n", moves: regroup),
        oneFile("34 siblings that stay behind point into the subpackage", detector,
                "from .comprehensive_greeks import ComprehensiveGreeks\nfrom . import comprehensive_triple_straddle, utils\n",
                newDetector,
                "from .comprehensive_modules.comprehensive_greeks import ComprehensiveGreeks\nfrom .comprehensive_modules import comprehensive_triple_straddle\nfrom . import utils\n",
                moves: regroup),
        oneFile("36 two moves composed", greeks, "from ..core.engine import Engine\n", newGreeks,
                "from ....core.engine import Engine\n", moves: regroup),
        RewriteFixture(
            name: "56 __all__ that lists a regrouped submodule is flagged",
            files: ["backtester_v2/market_regime/__init__.py": "__all__ = [\"detector\", \"comprehensive_greeks\"]\n"],
            moves: regroup,
            expected: ["backtester_v2/strategies/market_regime/__init__.py": "__all__ = [\"detector\", \"comprehensive_greeks\"]\n"],
            mustPropose: ["backtester_v2/market_regime/__init__.py:1 flag: \"comprehensive_greeks\" → from .comprehensive_modules import comprehensive_greeks"]),
        oneFile("74 redundant-alias re-exports keep their alias", "backtester_v2/market_regime/__init__.pyi",
                "from .detector import RegimeDetector as RegimeDetector\nfrom backtester_v2.market_regime.utils import normalise as normalise\n",
                "backtester_v2/strategies/market_regime/__init__.pyi",
                "from .detector import RegimeDetector as RegimeDetector\nfrom backtester_v2.strategies.market_regime.utils import normalise as normalise\n"),
        oneFile("77 CRLF and a continuation", routes,
                "from \\\r\n    backtester_v2.market_regime import x\r\n",
                "from \\\r\n    backtester_v2.strategies.market_regime import x\r\n"),
        oneFile("4 split keeps CRLF and indentation", routes,
                "def f():\r\n    from backtester_v2 import core, market_regime as mr\r\n",
                "def f():\r\n    from backtester_v2 import core\r\n    from backtester_v2.strategies import market_regime as mr\r\n"),
        RewriteFixture(
            name: "a renamed module keeps the names that import it",
            files: [routes: "from backtester_v2.market_regime import utils, registry\nimport backtester_v2.market_regime.utils\nx = backtester_v2.market_regime.utils.normalise\n",
                    detector: "from .utils import normalise\n"],
            moves: [ModuleMove(old: old.appending("utils"), new: old.appending("helpers"))],
            expected: [routes: "from backtester_v2.market_regime import helpers as utils, registry\nimport backtester_v2.market_regime.helpers\nx = backtester_v2.market_regime.helpers.normalise\n",
                       detector: "from .helpers import normalise\n"]),
        oneFile("relative import falls back to absolute when the target leaves the top-level package",
                detector, "from ..core import engine\n", "elsewhere/market_regime/detector.py",
                "from backtester_v2.core import engine\n",
                moves: [ModuleMove(old: old, new: "elsewhere.market_regime")]),
    ]
}
