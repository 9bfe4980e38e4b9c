import Migration

/// Spec sections A–C: absolute imports, multi-line statements, nested imports.
extension RewriteFixture {
    static let routes = "backtester_v2/api/regime_routes.py"
    static let engine = "backtester_v2/core/engine.py"

    /// A case whose one file is `routes` before and after.
    static func routesCase(_ name: String, _ before: String, _ after: String, moves: [ModuleMove] = packageMove) -> RewriteFixture {
        RewriteFixture(name: name, files: [routes: before], moves: moves, expected: [routes: after])
    }

    static let absoluteCases: [RewriteFixture] = [
        routesCase("1 from-import of the package root",
                   "from backtester_v2.market_regime import RegimeDetector\n",
                   "from backtester_v2.strategies.market_regime import RegimeDetector\n"),
        RewriteFixture(
            name: "2 import pkg.mod and fully qualified uses", files: [engine: """
                import backtester_v2.market_regime.detector

                def run():
                    return backtester_v2.market_regime.detector.RegimeDetector().detect()

                """],
            expected: [engine: """
                import backtester_v2.strategies.market_regime.detector

                def run():
                    return backtester_v2.strategies.market_regime.detector.RegimeDetector().detect()

                """]),
        routesCase("3 import pkg.mod as alias",
                   "import backtester_v2.market_regime.detector as det\ndet.RegimeDetector()\n",
                   "import backtester_v2.strategies.market_regime.detector as det\ndet.RegimeDetector()\n"),
        routesCase("4 moved package imported by name from its parent is split",
                   "from backtester_v2 import core, market_regime as mr\n",
                   "from backtester_v2 import core\nfrom backtester_v2.strategies import market_regime as mr\n"),
        RewriteFixture(
            name: "5 body access through the parent package only, flagged",
            files: [routes: "import backtester_v2\n\ndef version():\n    return backtester_v2.market_regime.detector.VERSION\n"],
            expected: [routes: "import backtester_v2\n\ndef version():\n    return backtester_v2.strategies.market_regime.detector.VERSION\n"],
            mustPropose: ["\(routes):4 flag: backtester_v2.market_regime → backtester_v2.strategies.market_regime"]),
        routesCase("6 prefix boundaries",
                   "from backtester_v2.market_regime_legacy import OldDetector\nimport my_backtester_v2.market_regime.detector\n",
                   "from backtester_v2.market_regime_legacy import OldDetector\nimport my_backtester_v2.market_regime.detector\n"),
        routesCase("7 partially migrated file",
                   "from backtester_v2.strategies.market_regime import RegimeDetector\nfrom backtester_v2.market_regime.utils import normalise\n",
                   "from backtester_v2.strategies.market_regime import RegimeDetector\nfrom backtester_v2.strategies.market_regime.utils import normalise\n"),
        routesCase("8 whitespace and tokens inside dotted names",
                   "from  backtester_v2.market_regime.detector import RegimeDetector\nfrom backtester_v2 . market_regime . utils import normalise\nfrom\tbacktester_v2.market_regime import indicators\n",
                   "from  backtester_v2.strategies.market_regime.detector import RegimeDetector\nfrom backtester_v2.strategies.market_regime . utils import normalise\nfrom\tbacktester_v2.strategies.market_regime import indicators\n"),
        routesCase("9 several modules in one statement and ;-separated statements",
                   "import os, backtester_v2.market_regime.utils as mru, json\nimport sys; from backtester_v2.market_regime import RegimeDetector\n",
                   "import os, backtester_v2.strategies.market_regime.utils as mru, json\nimport sys; from backtester_v2.strategies.market_regime import RegimeDetector\n"),
        RewriteFixture(
            name: "10 local names that look like the package",
            files: ["backtester_v2/strategies/tbs/strategy.py": "import backtester_v2\nmarket_regime = self.market_regime.detector.current()\nconfig = {\"market_regime\": market_regime}\nrun(market_regime=market_regime)\n"],
            expected: ["backtester_v2/strategies/tbs/strategy.py": "import backtester_v2\nmarket_regime = self.market_regime.detector.current()\nconfig = {\"market_regime\": market_regime}\nrun(market_regime=market_regime)\n"]),
        routesCase("10 a parameter or local assignment hides the package in its function",
                   "import backtester_v2.market_regime.detector\n\ndef f(backtester_v2):\n    return backtester_v2.market_regime.x\n\ndef g():\n    backtester_v2 = load()\n    def inner():\n        return backtester_v2.market_regime.x\n    return backtester_v2.market_regime.x\n\ndef h(n=backtester_v2.market_regime.detector.VERSION):\n    seen[backtester_v2] = 1\n    return backtester_v2.market_regime.detector.VERSION\n",
                   "import backtester_v2.strategies.market_regime.detector\n\ndef f(backtester_v2):\n    return backtester_v2.market_regime.x\n\ndef g():\n    backtester_v2 = load()\n    def inner():\n        return backtester_v2.market_regime.x\n    return backtester_v2.market_regime.x\n\ndef h(n=backtester_v2.strategies.market_regime.detector.VERSION):\n    seen[backtester_v2] = 1\n    return backtester_v2.strategies.market_regime.detector.VERSION\n"),
        routesCase("10 lambda parameters, comprehension targets, with and except names hide the package",
                   "import backtester_v2.market_regime.detector\n\nf = lambda backtester_v2: backtester_v2.market_regime.x\ng = call(lambda backtester_v2: 1, backtester_v2.market_regime.y)\nxs = [backtester_v2.market_regime.z for backtester_v2 in items]\nys = backtester_v2.market_regime.w\n\ndef h():\n    with open(p) as backtester_v2:\n        return backtester_v2.market_regime.v\n\ndef k():\n    try:\n        pass\n    except E as backtester_v2:\n        return backtester_v2.market_regime.u\n",
                   "import backtester_v2.strategies.market_regime.detector\n\nf = lambda backtester_v2: backtester_v2.market_regime.x\ng = call(lambda backtester_v2: 1, backtester_v2.strategies.market_regime.y)\nxs = [backtester_v2.market_regime.z for backtester_v2 in items]\nys = backtester_v2.strategies.market_regime.w\n\ndef h():\n    with open(p) as backtester_v2:\n        return backtester_v2.market_regime.v\n\ndef k():\n    try:\n        pass\n    except E as backtester_v2:\n        return backtester_v2.market_regime.u\n"),
        routesCase("10 a global declaration makes the assigned name the module's again",
                   "import backtester_v2.market_regime.detector\n\ndef f():\n    global backtester_v2\n    backtester_v2 = reload(backtester_v2)\n    return backtester_v2.market_regime.x\n",
                   "import backtester_v2.strategies.market_regime.detector\n\ndef f():\n    global backtester_v2\n    backtester_v2 = reload(backtester_v2)\n    return backtester_v2.strategies.market_regime.x\n"),
        routesCase("11 submodule against re-exported name under REGROUP",
                   "from backtester_v2.market_regime import comprehensive_greeks      # submodule\nfrom backtester_v2.market_regime import ComprehensiveGreeks       # class\n",
                   "from backtester_v2.strategies.market_regime.comprehensive_modules import comprehensive_greeks      # submodule\nfrom backtester_v2.strategies.market_regime import ComprehensiveGreeks       # class\n",
                   moves: regroup),
        RewriteFixture(
            name: "11 a package attribute wins over a submodule of the same name",
            files: ["backtester_v2/market_regime/__init__.py": "registry = {}\n",
                    routes: "from backtester_v2.market_regime import registry, utils\n"],
            moves: packageMove + [ModuleMove(old: old.appending("registry"), new: new.appending("registries.registry")),
                                  ModuleMove(old: old.appending("utils"), new: new.appending("common.utils"))],
            expected: [routes: "from backtester_v2.strategies.market_regime import registry\nfrom backtester_v2.strategies.market_regime.common import utils\n"]),
        routesCase("12 parenthesised from-import with per-name comments",
                   "from backtester_v2.market_regime.detector import (  # noqa: F401\n    RegimeDetector,  # public\n    detect_regime,   # noqa: F401 re-export\n)\n",
                   "from backtester_v2.strategies.market_regime.detector import (  # noqa: F401\n    RegimeDetector,  # public\n    detect_regime,   # noqa: F401 re-export\n)\n"),
        oneFile("12 a parenthesised import that splits keeps each name's line and comment", routes,
                "def f():\r\n    from backtester_v2 import (  # noqa: F401\r\n        core,  # engine\r\n        market_regime as mr,   # moves\r\n        utils\r\n    )\r\n",
                "def f():\r\n    from backtester_v2 import (  # noqa: F401\r\n        core,  # engine\r\n        utils,\r\n    )\r\n    from backtester_v2.strategies import (\r\n        market_regime as mr,   # moves\r\n    )\r\n"),
        oneFile("12 a split keeps the lines as written, the closing parenthesis too", routes,
                "from backtester_v2 import (core,\n    market_regime)\n",
                "from backtester_v2 import (core)\nfrom backtester_v2.strategies import (\n    market_regime)\n"),
        oneFile("12 a one-line parenthesised split keeps its parentheses", routes,
                "def f():\n    from backtester_v2 import (core, market_regime, utils)  # noqa: F401\n",
                "def f():\n    from backtester_v2 import (core, utils)\n    from backtester_v2.strategies import (market_regime)  # noqa: F401\n"),
        oneFile("12 names sharing a line stay together, each statement with the line's comment", routes,
                "from backtester_v2 import (\r\n    core, market_regime as mr, utils,  # both\r\n    # the helpers\r\n    config,\r\n)\r\n",
                "from backtester_v2 import (\r\n    core, utils,  # both\r\n    # the helpers\r\n    config,\r\n)\r\nfrom backtester_v2.strategies import (\r\n    market_regime as mr,  # both\r\n)\r\n"),
        routesCase("13 backslash continuations",
                   "from \\\n    backtester_v2.market_regime.detector import RegimeDetector\nimport backtester_v2.core.engine, \\\n       backtester_v2.market_regime.utils\n",
                   "from \\\n    backtester_v2.strategies.market_regime.detector import RegimeDetector\nimport backtester_v2.core.engine, \\\n       backtester_v2.strategies.market_regime.utils\n"),
        routesCase("14 a long line is not reflowed",
                   "from backtester_v2.market_regime.comprehensive_triple_straddle import ComprehensiveTripleStraddle\n",
                   "from backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_triple_straddle import ComprehensiveTripleStraddle\n",
                   moves: regroup),
        routesCase("15 import inside a function",
                   "def regime_for(bar):\n    from backtester_v2.market_regime.detector import RegimeDetector\n    return RegimeDetector().detect(bar)\n",
                   "def regime_for(bar):\n    from backtester_v2.strategies.market_regime.detector import RegimeDetector\n    return RegimeDetector().detect(bar)\n"),
        routesCase("16 try/except ImportError fallbacks",
                   "try:\n    from backtester_v2.market_regime.gpu import GPUDetector\nexcept ImportError:\n    from backtester_v2.market_regime.detector import RegimeDetector as GPUDetector\n",
                   "try:\n    from backtester_v2.strategies.market_regime.gpu import GPUDetector\nexcept ImportError:\n    from backtester_v2.strategies.market_regime.detector import RegimeDetector as GPUDetector\n"),
        routesCase("17 TYPE_CHECKING imports and a qualified string annotation",
                   "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from backtester_v2.market_regime.detector import RegimeDetector\n    import backtester_v2.market_regime.indicators as ind\n\ndef f(d: \"RegimeDetector\", e: \"backtester_v2.market_regime.indicators.ema.EMA\") -> None: ...\n",
                   "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from backtester_v2.strategies.market_regime.detector import RegimeDetector\n    import backtester_v2.strategies.market_regime.indicators as ind\n\ndef f(d: \"RegimeDetector\", e: \"backtester_v2.strategies.market_regime.indicators.ema.EMA\") -> None: ...\n"),
        routesCase("18 PEP 810 lazy imports",
                   "lazy import backtester_v2.market_regime.detector\nlazy from backtester_v2.market_regime import RegimeDetector\n",
                   "lazy import backtester_v2.strategies.market_regime.detector\nlazy from backtester_v2.strategies.market_regime import RegimeDetector\n"),
        routesCase("19 class-body and version-gated imports",
                   "import sys\nclass Plugin:\n    from backtester_v2.market_regime import registry   # attribute\nif sys.version_info >= (3, 11):\n    from backtester_v2.market_regime.fast import detect\nelse:\n    from backtester_v2.market_regime.slow import detect\n",
                   "import sys\nclass Plugin:\n    from backtester_v2.strategies.market_regime import registry   # attribute\nif sys.version_info >= (3, 11):\n    from backtester_v2.strategies.market_regime.fast import detect\nelse:\n    from backtester_v2.strategies.market_regime.slow import detect\n"),
        routesCase("35 absolute references take the longest-prefix mapping",
                   "from backtester_v2.market_regime.comprehensive_greeks import ComprehensiveGreeks\n",
                   "from backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks import ComprehensiveGreeks\n",
                   moves: regroup),
        routesCase("54 comments that carry behaviour stay on the line",
                   "from backtester_v2.market_regime.detector import RegimeDetector  # noqa: F401  # re-export\nimport backtester_v2.market_regime.gpu  # type: ignore[import-not-found]  # isort: skip\n",
                   "from backtester_v2.strategies.market_regime.detector import RegimeDetector  # noqa: F401  # re-export\nimport backtester_v2.strategies.market_regime.gpu  # type: ignore[import-not-found]  # isort: skip\n"),
        routesCase("78 a duplicate created by the rewrite is removed",
                   "from backtester_v2.strategies.market_regime import RegimeDetector\r\nfrom backtester_v2.market_regime import RegimeDetector\r\nx = 1\r\n",
                   "from backtester_v2.strategies.market_regime import RegimeDetector\r\nx = 1\r\n"),
        routesCase("78 equal imports in two functions are not duplicates",
                   "def a():\n    from backtester_v2.strategies.market_regime import RegimeDetector\ndef b():\n    from backtester_v2.market_regime import RegimeDetector\n",
                   "def a():\n    from backtester_v2.strategies.market_regime import RegimeDetector\ndef b():\n    from backtester_v2.strategies.market_regime import RegimeDetector\n"),
        routesCase("57 star import of the package root",
                   "from backtester_v2.market_regime import *\n",
                   "from backtester_v2.strategies.market_regime import *\n"),
    ]
}
