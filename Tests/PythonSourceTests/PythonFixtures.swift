/// Small Python sources covering each construct the analysis must know, shared by the
/// case tests and the round-trip test that runs over all of them.
enum PythonFixtures {
    static let relativeImports = """
        from .market_regime import RegimeDetector
        from . import market_regime
        from.market_regime import RegimeDetector
        from . market_regime . utils import normalise
        from .\\
            market_regime import registry
        from ... import config
        from ....core.engine import Engine

        """

    static let multiLineImports = """
        from backtester_v2.market_regime.detector import (  # noqa: F401
            RegimeDetector,  # public
            detect_regime as detect,   # noqa: F401 re-export
        )
        from \\
            backtester_v2.market_regime.detector import RegimeDetector
        import backtester_v2.core.engine, \\
               backtester_v2.market_regime.utils
        import os, backtester_v2.market_regime.utils as mru, json
        import sys; from backtester_v2.market_regime import RegimeDetector
        from backtester_v2.market_regime import *

        """

    static let nestedImports = """
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from backtester_v2.market_regime.detector import RegimeDetector
            import backtester_v2.market_regime.indicators as ind

        try:
            from backtester_v2.market_regime.gpu import GPUDetector
        except ImportError:
            from backtester_v2.market_regime.detector import RegimeDetector as GPUDetector

        def regime_for(bar):
            from backtester_v2.market_regime.detector import RegimeDetector
            return RegimeDetector().detect(bar)

        class Plugin:
            from backtester_v2.market_regime import registry   # becomes Plugin.registry
        if sys.version_info >= (3, 11): from backtester_v2.market_regime.fast import detect
        else: from backtester_v2.market_regime.slow import detect
        lazy import backtester_v2.market_regime.detector
        lazy from backtester_v2.market_regime import RegimeDetector

        """

    static let importsInStrings = """
        TEMPLATE = \"\"\"
        from backtester_v2.market_regime import RegimeDetector
        \"\"\"
        msg = f"{cfg["module"]}: from backtester_v2.market_regime import x"
        mod = importlib.import_module("backtester_v2.market_regime.detector")
        util = __import__("backtester_v2.market_regime.utils", fromlist=["normalise"])
        # from backtester_v2.market_regime import commented_out

        """

    static let exportLists = """
        __all__ = ["RegimeDetector", "detect"]
        __all__ += ["VERSION"]
        __all__ += indicators.__all__
        __all__.extend(["EMA"])
        __all__.append('GREEKS')
        __all__ = [n for n in dir() if not n.startswith("_")]

        """

    static let definitions = """
        \"\"\"Module docstring.\"\"\"
        import os.path
        from .detector import RegimeDetector as Detector
        VERSION = "1.0"
        A = B = 2
        first, (second, third) = 1, (2, 3)
        count: int = 0
        only_annotated: int
        handler = lambda x=1: x

        @register
        @other(
            arg=1,
        )
        class Strategy(Base):
            name = "x"

            def run(self):
                # a comment at column 0 inside the body
        # like this one
                return 1

        async def fetch():
            pass

        def one_liner(): return 1
        if sys.platform == "win32":
            def platform_name():
                return "windows"
        else:
            platform_name = None

        """

    static let dottedStrings = """
        MODULE = "backtester_v2.market_regime.detector"

        @patch("backtester_v2.market_regime.detector.fetch_prices")
        def test_a(m): ...

        def test_c(mocker, monkeypatch):
            mocker.patch("backtester_v2.market_regime.comprehensive_greeks.black_scholes")
            monkeypatch.setattr("backtester_v2.market_regime.utils.normalise", lambda x: x)
            rel = importlib.import_module("...core.engine", package="backtester_v2.market_regime.indicators")
            if cls.__module__.startswith("backtester_v2.market_regime."):
                pass
            cur.execute("SELECT * FROM market_regime.detector_runs")
            plug = importlib.import_module(f"backtester_v2.market_regime.plugins.{name}")
            data = b"backtester_v2.market_regime"
            joined = "backtester_v2." "market_regime"

        """

    static let fStrings = """
        a = f"{x!r:>{width}}"
        b = f"{cfg["module"]}: {f"{nested["key"]}"}"
        c = f'''{
            value  # a comment inside a field
        }'''
        d = rf"\\{x}\\N{y}" + f"\\N{BULLET} {z}"
        e = f"{{literal}} {'{'}"
        f = F"{a:{b}.{c}f}" + Rb'raw' + fR"{x}" + t"{y}"
        g = f"{x = }" + f"{a!=b}"

        """

    static var all: [(name: String, text: String)] {
        [("relativeImports", relativeImports), ("multiLineImports", multiLineImports),
         ("nestedImports", nestedImports), ("importsInStrings", importsInStrings),
         ("exportLists", exportLists), ("definitions", definitions), ("dottedStrings", dottedStrings),
         ("fStrings", fStrings)]
    }
}
