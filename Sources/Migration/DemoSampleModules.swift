/// The source package's own modules for the demo sample: the generated comprehensive and
/// enhanced analysers (one small class each, from a data table), the helpers they share,
/// the API handlers, and the tests that exercise all of them.
enum DemoSampleModules {
    /// (module suffix, class suffix, title, weight, window) for each analyser.
    static let analysers: [(String, String, String, Int, Int)] = [
        ("trend_analyzer", "TrendAnalyzer", "trend analysis", 4, 20),
        ("volatility_model", "VolatilityModel", "volatility model", 3, 14),
        ("momentum_scanner", "MomentumScanner", "momentum scanner", 5, 10),
        ("volume_profile", "VolumeProfile", "volume profile", 2, 30),
        ("breadth_monitor", "BreadthMonitor", "market breadth monitor", 3, 25),
        ("correlation_matrix", "CorrelationMatrix", "correlation matrix", 2, 40),
        ("iv_surface", "IVSurface", "implied volatility surface", 3, 15),
        ("oi_analysis", "OIAnalysis", "open interest analysis", 4, 12),
        ("greek_sentiment", "GreekSentiment", "greek sentiment", 3, 9),
        ("straddle_engine", "StraddleEngine", "straddle engine", 2, 18),
        ("atr_indicator", "ATRIndicator", "average true range", 3, 14),
        ("regime_classifier", "RegimeClassifier", "regime classifier", 4, 21),
        ("support_resistance", "SupportResistance", "support and resistance", 2, 50),
        ("vwap_tracker", "VWAPTracker", "VWAP tracker", 3, 16),
        ("ema_framework", "EMAFramework", "EMA framework", 4, 26),
        ("pivot_points", "PivotPoints", "pivot points", 2, 5),
        ("premium_decay", "PremiumDecay", "premium decay", 3, 7),
        ("skew_detector", "SkewDetector", "skew detector", 2, 11),
        ("gap_analysis", "GapAnalysis", "gap analysis", 5, 3),
        ("liquidity_monitor", "LiquidityMonitor", "liquidity monitor", 2, 22),
        ("transition_matrix", "TransitionMatrix", "regime transition matrix", 3, 35),
        ("signal_aggregator", "SignalAggregator", "signal aggregator", 4, 13),
        ("risk_overlay", "RiskOverlay", "risk overlay", 2, 19),
        ("time_of_day", "TimeOfDay", "time of day profile", 3, 6),
    ]

    static func comprehensive(_ entry: (String, String, String, Int, Int)) -> String {
        let (_, name, title, weight, window) = entry
        return """
            \"\"\"Comprehensive \(title) for market regime detection.\"\"\"

            from .utils import clamp

            WINDOW = \(window)


            class Comprehensive\(name):
                \"\"\"\(title.prefix(1).uppercased() + title.dropFirst()): scores prices between -1 and 1.\"\"\"

                def __init__(self, window=WINDOW):
                    self.window = window

                def score(self, prices):
                    if len(prices) < 2:
                        return 0.0
                    recent = prices[-self.window:]
                    change = (recent[-1] - recent[0]) / max(abs(recent[0]), 1e-9)
                    return clamp(change * \(weight), -1.0, 1.0)

                def label(self, prices):
                    value = self.score(prices)
                    if value > 0.2:
                        return "bullish"
                    if value < -0.2:
                        return "bearish"
                    return "neutral"

            """
    }

    static func enhanced(_ entry: (String, String, String, Int, Int)) -> String {
        let (module, name, title, _, _) = entry
        return """
            \"\"\"Enhanced \(title): smooths the comprehensive score over time.\"\"\"

            from .comprehensive_\(module) import Comprehensive\(name)
            from .utils import clamp, mean


            class Enhanced\(name):
                \"\"\"Averages the comprehensive \(title) score over the last few steps.\"\"\"

                def __init__(self, smoothing=3):
                    self.base = Comprehensive\(name)()
                    self.smoothing = smoothing

                def score(self, prices):
                    steps = [prices[: len(prices) - i] for i in range(self.smoothing)]
                    values = [self.base.score(step) for step in steps if len(step) > 1]
                    return clamp(mean(values), -1.0, 1.0)

                def confidence(self, prices):
                    return round(abs(self.score(prices)), 4)

            """
    }

    static let utils = """
        \"\"\"Small numeric helpers shared by the market regime modules.\"\"\"


        def clamp(value, low, high):
            return max(low, min(high, value))


        def mean(values):
            values = list(values)
            return sum(values) / len(values) if values else 0.0

        """

    static let constants = """
        \"\"\"Defaults for market regime detection.\"\"\"

        DEFAULT_LOOKBACK = 20

        REGIMES = {"bull": 1.0, "bear": -0.5, "sideways": 0.25, "volatile": 0.1}

        """

    static let apiHandlers = """
        \"\"\"Handlers the API routes call: plain dictionaries in, plain dictionaries out.\"\"\"

        from .excel_config_parser import ExcelConfigParser
        from .regime_signals import trend_strength
        from .strategy import MarketRegimeStrategy


        def handle_detect(payload):
            prices = [float(p) for p in payload.get("prices", [])]
            strategy = MarketRegimeStrategy()
            return {"regime": strategy.detect_regime(prices), "count": len(prices), "trend": trend_strength(prices)}


        def handle_config(rows):
            config = ExcelConfigParser(rows).parse()
            return {"lookback": config.lookback, "risk": config.risk, "indicators": config.indicators}

        """

    static func moduleTest(_ prefix: String) -> String {
        let names = analysers.map { "    (\"\(prefix.lowercased())_\($0.0)\", \"\(prefix)\($0.1)\"),\n" }.joined()
        return """
            import importlib

            import pytest

            RISING = [100.0 + i for i in range(60)]
            FALLING = list(reversed(RISING))

            MODULES = [
            \(names)]


            @pytest.mark.parametrize("module, name", MODULES)
            def test_scores_stay_between_minus_one_and_one(module, name):
                cls = getattr(importlib.import_module(".." + module, __package__), name)
                analyser = cls()
                for prices in (RISING, FALLING, [100.0], []):
                    assert -1.0 <= analyser.score(prices) <= 1.0


            @pytest.mark.parametrize("module, name", MODULES)
            def test_rising_prices_score_at_least_falling(module, name):
                analyser = getattr(importlib.import_module(".." + module, __package__), name)()
                assert analyser.score(RISING) >= analyser.score(FALLING)

            """
    }

    /// The source's signal helpers; the target's developers moved these functions into
    /// their `regime_detection.py`, so the scan calls this module `moved`.
    static let regimeSignals = """
        \"\"\"Signals the regime detectors share.\"\"\"

        from .utils import mean


        class RegimeSignal:
            def __init__(self, name, strength):
                self.name = name
                self.strength = strength


        """ + regimeSignalFunctions

    /// The two functions both `regime_signals.py` (source) and `regime_detection.py`
    /// (target) define: the same code, in two places.
    static let regimeSignalFunctions = """
        def trend_strength(prices):
            if len(prices) < 2:
                return 0.0
            return (prices[-1] - prices[0]) / max(abs(mean(prices)), 1e-9)


        def volatility_band(prices):
            average = mean(prices)
            return max((abs(p - average) for p in prices), default=0.0)

        """

    static let apiTest = """
        from ..api_handlers import handle_config, handle_detect


        def test_detect_counts_prices():
            result = handle_detect({"prices": [100, 101, 102, 103]})
            assert result["count"] == 4
            assert result["trend"] > 0
            assert result["regime"] in {"bull", "bear", "sideways", "volatile"}


        def test_config_rows():
            result = handle_config([("Lookback", "30"), ("Risk", "0.01"), ("Indicator", "ema")])
            assert result == {"lookback": 30, "risk": 0.01, "indicators": ["ema"]}

        """

    /// The source package's files that do not conflict, relative to the package.
    static var sourceFiles: [String: String] {
        var files: [String: String] = [:]
        for entry in analysers {
            files["comprehensive_\(entry.0).py"] = comprehensive(entry)
            files["enhanced_\(entry.0).py"] = enhanced(entry)
        }
        files["utils.py"] = utils
        files["constants.py"] = constants
        files["api_handlers.py"] = apiHandlers
        files["regime_signals.py"] = regimeSignals
        files["tests/__init__.py"] = ""
        files["tests/test_comprehensive.py"] = moduleTest("Comprehensive")
        files["tests/test_enhanced.py"] = moduleTest("Enhanced")
        files["tests/test_api_handlers.py"] = apiTest
        return files
    }
}
