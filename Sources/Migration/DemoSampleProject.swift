/// The rest of the demo project: the target's UI files, the parent packages, the API
/// routes and their test (which name the old path), a config file and a doc page.
enum DemoSampleProject {
    /// The target's UI modules that only it has: (module, class, what it keeps, a method body).
    static let uiModules: [(String, String, String)] = [
        ("ui_config_schema", "UIConfigSchema", "the form fields of the regime configuration"),
        ("ui_state", "UIState", "the state of one regime screen"),
        ("progress_reporter", "ProgressReporter", "progress messages for long runs"),
        ("websocket_events", "WebsocketEvents", "events sent to the browser"),
        ("form_validation", "FormValidation", "checks on submitted form values"),
        ("chart_data", "ChartData", "series for the regime chart"),
        ("regime_display", "RegimeDisplay", "display names and colours of regimes"),
        ("session_store", "SessionStore", "per-user regime sessions"),
    ]

    static func uiModule(_ entry: (String, String, String)) -> String {
        let (_, name, purpose) = entry
        return """
            \"\"\"UI integration: \(purpose).\"\"\"


            class \(name):
                \"\"\"Keeps \(purpose) as plain dictionaries.\"\"\"

                def __init__(self):
                    self.items = []

                def add(self, key, value):
                    self.items.append({"key": key, "value": value})
                    return len(self.items)

                def as_dict(self):
                    return {item["key"]: item["value"] for item in self.items}

            """
    }

    static let uiBridge = """
        \"\"\"UI integration: runs the strategy for the web interface.\"\"\"

        from .progress_reporter import ProgressReporter
        from .strategy import MarketRegimeStrategy


        class UIBridge:
            \"\"\"Runs the strategy and records progress the browser can poll.\"\"\"

            def __init__(self):
                self.reporter = ProgressReporter()

            def run(self, prices, capital=100000.0):
                strategy = MarketRegimeStrategy(progress=self.reporter.add)
                return strategy.run(prices, capital)

            def progress(self):
                return self.reporter.as_dict()

        """

    static let resultFormatter = """
        \"\"\"UI integration: formats strategy results for display.\"\"\"


        class ResultFormatter:
            \"\"\"Turns a strategy result into the rows the results table shows.\"\"\"

            LABELS = {"bull": "Bullish", "bear": "Bearish", "sideways": "Sideways", "volatile": "Volatile"}

            def rows(self, result):
                return [
                    ("Regime", self.LABELS.get(result["regime"], result["regime"])),
                    ("Position", f"{result['size']:,.2f}"),
                ]

        """

    static let uiBridgeTest = """
        from ..ui_bridge import UIBridge


        def test_bridge_records_progress():
            bridge = UIBridge()
            result = bridge.run([100.0 + i for i in range(30)])
            assert result["regime"] == "bull"
            assert bridge.progress() == {"detecting": 0.5, "done": 1.0}

        """

    static let resultFormatterTest = """
        from ..result_formatter import ResultFormatter


        def test_rows_use_display_labels():
            rows = ResultFormatter().rows({"regime": "bear", "size": 1234.5})
            assert rows == [("Regime", "Bearish"), ("Position", "1,234.50")]

        """

    /// The target's files that only it has, relative to the package.
    static var targetOnlyFiles: [String: String] {
        var files: [String: String] = [:]
        for entry in uiModules { files["\(entry.0).py"] = uiModule(entry) }
        files["ui_bridge.py"] = uiBridge
        files["result_formatter.py"] = resultFormatter
        files["regime_detection.py"] = regimeDetection
        files["tests/test_ui_bridge.py"] = uiBridgeTest
        files["tests/test_result_formatter.py"] = resultFormatterTest
        return files
    }

    /// Where the target keeps the source's `regime_signals.py` functions, with one more.
    static let regimeDetection = """
        \"\"\"Regime detection for the UI: signals, bands and transitions in one place.\"\"\"

        from .utils import mean


        class RegimeSignal:
            def __init__(self, name, strength, label=""):
                self.name = name
                self.strength = strength
                self.label = label or name


        """ + DemoSampleModules.regimeSignalFunctions + """

        def detect_transitions(labels):
            return [(a, b) for a, b in zip(labels, labels[1:]) if a != b]

        """

    static let backtesterInit = """
        \"\"\"backtester_v2: strategies and market analysis.\"\"\"

        from . import market_regime

        __all__ = ["market_regime"]

        """

    static let strategiesInit = """
        \"\"\"Strategies of backtester_v2.\"\"\"

        from ..market_regime.strategy import MarketRegimeStrategy as LegacyMarketRegimeStrategy

        __all__ = ["LegacyMarketRegimeStrategy"]

        """

    static let marketRegimeRoute = """
        \"\"\"API routes for market regime detection.\"\"\"

        import backtester_v2.market_regime.excel_config_parser as config_parser
        from backtester_v2.market_regime import MarketRegimeStrategy
        from backtester_v2.market_regime.api_handlers import handle_config, handle_detect

        PREFIX = "/market-regime"


        def detect(payload):
            return handle_detect(payload)


        def config(rows):
            return handle_config(rows)


        def sheet_name():
            return config_parser.ExcelConfigParser.SHEET


        def default_strategy():
            return MarketRegimeStrategy()

        """

    static let strategyRoute = """
        \"\"\"API routes that list and load strategies.\"\"\"

        import importlib

        from backtester_v2 import market_regime

        STRATEGIES = {
            "market_regime": "backtester_v2.market_regime.strategy",
        }


        def load(name):
            module = importlib.import_module(STRATEGIES[name])
            return module.MarketRegimeStrategy()


        def exported():
            return list(market_regime.__all__)

        """

    static let analysisRoute = """
        \"\"\"API routes for the analysis screens.\"\"\"

        import backtester_v2.market_regime.comprehensive_trend_analyzer
        from backtester_v2.market_regime.enhanced_volatility_model import (
            EnhancedVolatilityModel,
        )

        REPORT_TEMPLATE = "backtester_v2/market_regime/docs/report.md"


        def trend(prices):
            analyzer = backtester_v2.market_regime.comprehensive_trend_analyzer.ComprehensiveTrendAnalyzer()
            return {"label": analyzer.label(prices), "score": analyzer.score(prices)}


        def volatility(prices):
            return {"confidence": EnhancedVolatilityModel().confidence(prices)}

        """

    static let routesTest = """
        from unittest import mock

        from server.app.api.routes import analysis, market_regime, strategy


        def test_detect_uses_the_strategy():
            target = "backtester_v2.market_regime.strategy.MarketRegimeStrategy.detect_regime"
            with mock.patch(target, return_value="patched"):
                assert market_regime.detect({"prices": [1, 2, 3]})["regime"] == "patched"


        def test_strategy_route_loads_by_name():
            assert type(strategy.load("market_regime")).__name__ == "MarketRegimeStrategy"
            assert "MarketRegimeStrategy" in strategy.exported()


        def test_analysis_routes():
            assert analysis.trend([100.0, 110.0])["label"] == "bullish"
            assert 0 <= analysis.volatility([100.0, 101.0, 102.0])["confidence"] <= 1
            assert market_regime.sheet_name() == "RegimeParameters"

        """

    static let config = """
        # Backtester configuration.
        strategies:
          market_regime:
            module: backtester_v2.market_regime.strategy
            class: MarketRegimeStrategy
            config_parser: backtester_v2.market_regime.excel_config_parser
            data_dir: backtester_v2/market_regime/data
        server:
          port: 8000

        """

    static let docs = """
        # Market regime detection

        The package lives at `backtester_v2/market_regime`. Import the strategy with

        ```python
        from backtester_v2.market_regime import MarketRegimeStrategy
        ```

        Routes in `server/app/api/routes/market_regime.py` call
        `backtester_v2.market_regime.api_handlers`.

        """

    /// Files outside the two packages, relative to the project root.
    static var projectFiles: [String: String] {
        [
            "backtester_v2/__init__.py": backtesterInit,
            "server/__init__.py": "",
            "server/app/__init__.py": "",
            "server/app/api/__init__.py": "",
            "server/app/api/routes/__init__.py": "",
            "server/app/api/routes/market_regime.py": marketRegimeRoute,
            "server/app/api/routes/strategy.py": strategyRoute,
            "server/app/api/routes/analysis.py": analysisRoute,
            "server/tests/__init__.py": "",
            "server/tests/test_routes.py": routesTest,
            "config.yaml": config,
            "docs/market_regime.md": docs,
        ]
    }
}
