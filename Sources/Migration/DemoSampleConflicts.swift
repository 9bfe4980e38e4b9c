/// The files both packages have, in three versions: the common ancestor (in the first
/// commit, at the source path), the source's later version and the target's (its
/// UI-integration version). Each pair has changes on one side only and changes on both.
enum DemoSampleConflicts {
    static let ancestorStrategy = """
        \"\"\"Market regime strategy: detects the regime and sizes positions.\"\"\"

        from .constants import DEFAULT_LOOKBACK, REGIMES
        from .utils import mean


        class MarketRegimeStrategy:
            \"\"\"Classifies recent prices into a regime and sizes a position for it.\"\"\"

            def __init__(self, lookback=DEFAULT_LOOKBACK, risk=0.02):
                self.lookback = lookback
                self.risk = risk

            def returns(self, prices):
                window = prices[-(self.lookback + 1):]
                return [(b - a) / a for a, b in zip(window, window[1:]) if a]

            def detect_regime(self, prices):
                average = mean(self.returns(prices))
                if average > 0.001:
                    return "bull"
                if average < -0.001:
                    return "bear"
                return "sideways"

            def position_size(self, capital, prices):
                regime = self.detect_regime(prices)
                return capital * self.risk * REGIMES[regime]

            def run(self, prices, capital=100000.0):
                regime = self.detect_regime(prices)
                return {"regime": regime, "size": self.position_size(capital, prices)}

        """

    static let sourceStrategy = """
        \"\"\"Market regime strategy: detects the regime and sizes positions.\"\"\"

        from .constants import DEFAULT_LOOKBACK, REGIMES
        from .utils import mean

        VOLATILITY_LIMIT = 0.05


        class MarketRegimeStrategy:
            \"\"\"Classifies recent prices into a regime and sizes a position for it.\"\"\"

            def __init__(self, lookback=DEFAULT_LOOKBACK, risk=0.02):
                self.lookback = lookback
                self.risk = risk

            def returns(self, prices):
                window = prices[-(self.lookback + 1):]
                return [(b - a) / a for a, b in zip(window, window[1:]) if a]

            def detect_regime(self, prices):
                changes = self.returns(prices)
                if changes and max(abs(c) for c in changes) > VOLATILITY_LIMIT:
                    return "volatile"
                average = mean(changes)
                if average > 0.001:
                    return "bull"
                if average < -0.001:
                    return "bear"
                return "sideways"

            def position_size(self, capital, prices):
                regime = self.detect_regime(prices)
                return round(capital * self.risk * REGIMES[regime], 2)

            def run(self, prices, capital=100000.0):
                regime = self.detect_regime(prices)
                return {"regime": regime, "size": self.position_size(capital, prices)}

            def summary(self, prices):
                result = self.run(prices)
                return f"{result['regime']}: {result['size']:.2f}"

        """

    static let targetStrategy = """
        \"\"\"Market regime strategy: detects the regime and sizes positions.\"\"\"

        from .constants import DEFAULT_LOOKBACK, REGIMES
        from .utils import mean


        class MarketRegimeStrategy:
            \"\"\"Classifies recent prices into a regime and sizes a position for it.\"\"\"

            def __init__(self, lookback=DEFAULT_LOOKBACK, risk=0.02, max_position=5000.0, progress=None):
                self.lookback = lookback
                self.risk = risk
                self.max_position = max_position
                self.progress = progress

            def returns(self, prices):
                window = prices[-(self.lookback + 1):]
                return [(b - a) / a for a, b in zip(window, window[1:]) if a]

            def detect_regime(self, prices):
                average = mean(self.returns(prices))
                if average > 0.001:
                    return "bull"
                if average < -0.001:
                    return "bear"
                return "sideways"

            def position_size(self, capital, prices):
                regime = self.detect_regime(prices)
                return min(capital * self.risk * REGIMES[regime], self.max_position)

            def run(self, prices, capital=100000.0):
                if self.progress:
                    self.progress("detecting", 0.5)
                regime = self.detect_regime(prices)
                result = {"regime": regime, "size": self.position_size(capital, prices)}
                if self.progress:
                    self.progress("done", 1.0)
                return result

        """

    static let ancestorParser = """
        \"\"\"Reads the market regime configuration from spreadsheet rows.\"\"\"

        from dataclasses import dataclass, field


        @dataclass
        class RegimeConfig:
            lookback: int = 20
            risk: float = 0.02
            indicators: list = field(default_factory=list)


        class ExcelConfigParser:
            \"\"\"Parses rows of (parameter, value) pairs, as read from the config sheet.\"\"\"

            SHEET = "RegimeParameters"

            def __init__(self, rows):
                self.rows = list(rows)

            def parse(self):
                config = RegimeConfig()
                for name, value in self.rows:
                    key = str(name).strip().lower()
                    if key == "lookback":
                        config.lookback = int(value)
                    elif key == "risk":
                        config.risk = float(value)
                    elif key == "indicator":
                        config.indicators.append(str(value).strip())
                return config

        """

    static let sourceParser = """
        \"\"\"Reads the market regime configuration from spreadsheet rows.\"\"\"

        from dataclasses import dataclass, field


        @dataclass
        class RegimeConfig:
            lookback: int = 20
            risk: float = 0.02
            threshold: float = 0.001
            indicators: list = field(default_factory=list)


        class ExcelConfigParser:
            \"\"\"Parses rows of (parameter, value) pairs, as read from the config sheet.\"\"\"

            SHEET = "RegimeParameters"

            def __init__(self, rows):
                self.rows = list(rows)

            def parse(self):
                config = RegimeConfig()
                for name, value in self.rows:
                    key = str(name).strip().lower().replace(" ", "_")
                    if key == "lookback":
                        config.lookback = int(value)
                    elif key == "risk":
                        config.risk = float(value)
                    elif key == "indicator":
                        config.indicators.append(str(value).strip())
                return config

            def validate(self, config):
                if config.lookback < 2:
                    raise ValueError("lookback must be at least 2")
                if not 0 < config.risk < 1:
                    raise ValueError("risk must be between 0 and 1")
                return config

        """

    static let targetParser = """
        \"\"\"Reads the market regime configuration from spreadsheet rows or UI forms.\"\"\"

        from dataclasses import dataclass, field


        @dataclass
        class RegimeConfig:
            lookback: int = 20
            risk: float = 0.02
            indicators: list = field(default_factory=list)


        class ExcelConfigParser:
            \"\"\"Parses rows of (parameter, value) pairs, as read from the config sheet.\"\"\"

            SHEET = "RegimeParameters"

            def __init__(self, rows):
                self.rows = list(rows)

            def parse(self):
                config = RegimeConfig()
                for name, value in self.rows:
                    key = str(name).strip().lower().replace("-", "_")
                    if key == "lookback":
                        config.lookback = int(value)
                    elif key == "risk":
                        config.risk = float(value)
                    elif key == "indicator":
                        config.indicators.append(str(value).strip())
                return config

            def to_form(self, config):
                return [
                    {"name": "lookback", "value": config.lookback, "widget": "number"},
                    {"name": "risk", "value": config.risk, "widget": "slider"},
                    {"name": "indicators", "value": list(config.indicators), "widget": "tags"},
                ]

        """

    static let ancestorInit = """
        \"\"\"Market regime detection for backtester_v2.\"\"\"

        from .excel_config_parser import ExcelConfigParser, RegimeConfig
        from .strategy import MarketRegimeStrategy

        __all__ = ["MarketRegimeStrategy", "ExcelConfigParser", "RegimeConfig"]

        """

    static let sourceInit = """
        \"\"\"Market regime detection for backtester_v2.\"\"\"

        from .api_handlers import handle_config, handle_detect
        from .comprehensive_regime_classifier import ComprehensiveRegimeClassifier
        from .comprehensive_trend_analyzer import ComprehensiveTrendAnalyzer
        from .enhanced_volatility_model import EnhancedVolatilityModel
        from .excel_config_parser import ExcelConfigParser, RegimeConfig
        from .strategy import MarketRegimeStrategy

        __all__ = [
            "MarketRegimeStrategy",
            "ExcelConfigParser",
            "RegimeConfig",
            "ComprehensiveRegimeClassifier",
            "ComprehensiveTrendAnalyzer",
            "EnhancedVolatilityModel",
            "handle_config",
            "handle_detect",
        ]

        """

    static let targetInit = """
        \"\"\"Market regime strategy with its UI integration.\"\"\"

        from .excel_config_parser import ExcelConfigParser, RegimeConfig
        from .result_formatter import ResultFormatter
        from .strategy import MarketRegimeStrategy
        from .ui_bridge import UIBridge

        __all__ = ["MarketRegimeStrategy", "ExcelConfigParser", "RegimeConfig", "UIBridge", "ResultFormatter"]

        """

    /// Package-relative path → (ancestor, source, target).
    static let files: [String: (ancestor: String, source: String, target: String)] = [
        "__init__.py": (ancestorInit, sourceInit, targetInit),
        "strategy.py": (ancestorStrategy, sourceStrategy, targetStrategy),
        "excel_config_parser.py": (ancestorParser, sourceParser, targetParser),
        "tests/test_strategy.py": (ancestorStrategyTest, sourceStrategyTest, targetStrategyTest),
        "tests/test_excel_config_parser.py": (ancestorParserTest, sourceParserTest, targetParserTest),
    ]
}
