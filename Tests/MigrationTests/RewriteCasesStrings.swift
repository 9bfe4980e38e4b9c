import Migration

/// Spec section G and case 30: strings in Python code that name modules.
extension RewriteFixture {
    static let testDetector = "tests/market_regime/test_detector.py"

    static let stringCases: [RewriteFixture] = [
        RewriteFixture(
            name: "30 __package__ set for scripts, rewritten and flagged",
            files: ["backtester_v2/market_regime/cli.py": "if __name__ == \"__main__\" and __package__ is None:\n    __package__ = \"backtester_v2.market_regime\"\nfrom .detector import RegimeDetector\n"],
            expected: ["backtester_v2/strategies/market_regime/cli.py": "if __name__ == \"__main__\" and __package__ is None:\n    __package__ = \"backtester_v2.strategies.market_regime\"\nfrom .detector import RegimeDetector\n"],
            mustPropose: ["backtester_v2/market_regime/cli.py:2 flag: backtester_v2.market_regime → backtester_v2.strategies.market_regime"]),
        oneFile("39 mock.patch and monkeypatch targets", testDetector, """
                MODULE = "backtester_v2.market_regime.detector"

                @patch("backtester_v2.market_regime.detector.fetch_prices")
                def test_a(m): ...

                @patch(f"{MODULE}.load_config")
                def test_b(m): ...

                def test_c(mocker, monkeypatch):
                    mocker.patch("backtester_v2.market_regime.comprehensive_greeks.black_scholes")
                    monkeypatch.setattr("backtester_v2.market_regime.utils.normalise", lambda x: x)

                """, """
                MODULE = "backtester_v2.strategies.market_regime.detector"

                @patch("backtester_v2.strategies.market_regime.detector.fetch_prices")
                def test_a(m): ...

                @patch(f"{MODULE}.load_config")
                def test_b(m): ...

                def test_c(mocker, monkeypatch):
                    mocker.patch("backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks.black_scholes")
                    monkeypatch.setattr("backtester_v2.strategies.market_regime.utils.normalise", lambda x: x)

                """, moves: regroup),
        oneFile("40 importlib and __import__ with literal names", routes,
                "mod = importlib.import_module(\"backtester_v2.market_regime.detector\")\nutil = __import__(\"backtester_v2.market_regime.utils\", fromlist=[\"normalise\"])\n",
                "mod = importlib.import_module(\"backtester_v2.strategies.market_regime.detector\")\nutil = __import__(\"backtester_v2.strategies.market_regime.utils\", fromlist=[\"normalise\"])\n"),
        oneFile("40 a relative name and its literal package move together", routes,
                "rel = importlib.import_module(\"...core.engine\", package=\"backtester_v2.market_regime.indicators\")\n",
                "rel = importlib.import_module(\"....core.engine\", package=\"backtester_v2.strategies.market_regime.indicators\")\n"),
        oneFile("38 import_module of a relative name from __package__ in a regrouped file", greeks,
                "mod = importlib.import_module(\".utils\", __package__)\nmod = importlib.import_module(\".comprehensive_triple_straddle\", package=__package__)\n",
                newGreeks,
                "mod = importlib.import_module(\"..utils\", __package__)\nmod = importlib.import_module(\".comprehensive_triple_straddle\", package=__package__)\n",
                moves: regroup),
        oneFile("38 import_module of a moved sibling from a file that stays", detector,
                "mod = importlib.import_module(\".comprehensive_greeks\", __package__)\n", newDetector,
                "mod = importlib.import_module(\".comprehensive_modules.comprehensive_greeks\", __package__)\n",
                moves: regroup),
        oneFile("72 package resources by module name", detector,
                "DATA = importlib.resources.files(\"backtester_v2.market_regime\") / \"data\" / \"regimes.csv\"\n", newDetector,
                "DATA = importlib.resources.files(\"backtester_v2.strategies.market_regime\") / \"data\" / \"regimes.csv\"\n"),
        oneFile("41 module names compared or used as logger names", routes, """
                if cls.__module__.startswith("backtester_v2.market_regime."):
                    pass
                log = logging.getLogger("backtester_v2.market_regime")
                caplog.set_level(logging.DEBUG, logger="backtester_v2.market_regime.detector")

                """, """
                if cls.__module__.startswith("backtester_v2.strategies.market_regime."):
                    pass
                log = logging.getLogger("backtester_v2.strategies.market_regime")
                caplog.set_level(logging.DEBUG, logger="backtester_v2.strategies.market_regime.detector")

                """),
        RewriteFixture(
            name: "42 look-alike strings are left alone, the cache key flagged",
            files: [routes: "cur.execute(\"SELECT * FROM market_regime.detector_runs\")\ncache.get(\"backtester_v2.market_regime.last_run\")\nSTRATEGY_ID = \"market_regime\"\n"],
            expected: [routes: "cur.execute(\"SELECT * FROM market_regime.detector_runs\")\ncache.get(\"backtester_v2.market_regime.last_run\")\nSTRATEGY_ID = \"market_regime\"\n"],
            mustPropose: ["\(routes):2 flag: backtester_v2.market_regime → backtester_v2.strategies.market_regime"]),
        oneFile("51 docstrings and comments are not rewritten by default", routes,
                "def detect():\n    \"\"\"Wraps backtester_v2.market_regime.detector.RegimeDetector.\n\n    Usage: from backtester_v2.market_regime.detector import RegimeDetector\n    \"\"\"\n    # TODO: merge with backtester_v2.market_regime.utils\n",
                "def detect():\n    \"\"\"Wraps backtester_v2.market_regime.detector.RegimeDetector.\n\n    Usage: from backtester_v2.market_regime.detector import RegimeDetector\n    \"\"\"\n    # TODO: merge with backtester_v2.market_regime.utils\n"),
    ]
}
