import MergeUI
import Migration
import Testing

/// Snapshots of the merge view on the demo's conflict files (and a combined `__init__.py`
/// with a conflict), as text and, for two of them, as a map of style roles
/// (`MergeStyleLegend`: t target, s source, W changed word, ~ filler, C current, U
/// unresolved, u the current hunk's result lines, A auto-merged, n line number).
@Suite struct MergeSnapshotTests {
    @Test func theFirstConflictOfStrategyAt100x30() {
        let screen = DemoFixture.render(MergeFixture.open("strategy.py"), width: 100, height: 30)
        expectLines(screen.textLines, #"""
             converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply                            74 files
            strategy.py  conflict 1 of 2, 2 unresolved  to review (c)  auto-advance on
             target                                            source (no room for the base)
             27                                               │30
             28     def position_size(self, capital, prices): │31     def position_size(self, capital, prices):
             29         regime = self.detect_regime(prices)   │32         regime = self.detect_regime(prices)
            >── conflict 1 of 2 · unresolved ───────────────────────────────────────────────────────────────────
            >30         return min(capital * self.risk * REGIM│33         return round(capital * self.risk * REG
             31                                               │34
             32     def run(self, prices, capital=100000.0):  │35     def run(self, prices, capital=100000.0):
             ── target change · auto-merged ────────────────────────────────────────────────────────────────────
             33         if self.progress:                     │ ~
             34             self.progress("detecting", 0.5)   │ ~
             35         regime = self.detect_regime(prices)   │36         regime = self.detect_regime(prices)
             ── conflict 2 of 2 · unresolved ───────────────────────────────────────────────────────────────────
             36         result = {"regime": regime, "size": se│37         return {"regime": regime, "size": self
             37         if self.progress:                     │38
             38             self.progress("done", 1.0)        │39     def summary(self, prices):
             39         return result                         │40         result = self.run(prices)
              ~                                               │41         return f"{result['regime']}: {result['
            ── result (56 lines, as the apply writes it) ───────────────────────────────────────────────────────
             33     def position_size(self, capital, prices):
             34         regime = self.detect_regime(prices)
            >35 <<<<<<< target
            >36         return min(capital * self.risk * REGIMES[regime], self.max_position)
            >37 =======
            >38         return round(capital * self.risk * REGIMES[regime], 2)
            >39 >>>>>>> source

            n next unresolved  N previous unresolved  ] next change  [ previous change  t take target
            """#)
        expectLines(Array(screen.styleLines(MergeStyleLegend.character)[1..<28]), #"""
            TTTTTTTTTTTTTUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUAAAAAAAAAAAAAAAddddddddddddddddd........................
            .TTTTTT............................................TTTTTTTTTTTTTTTTTTTTTTTTTTTTT....................
            .nn...............................................|nn...............................................
            .nn...............................................|nn...............................................
            .nn...............................................|nn...............................................
            CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
            Cnn.tttttttttttttttWWWtttttttttttttttttttttttttttt|nn.sssssssssssssssWWWWWssssssssssssssssssssssssss
            .nn...............................................|nn...............................................
            .nn...............................................|nn...............................................
            .AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
            .nn.ttttttttttttttttttttttttt.....................|~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            .nn.ttttttttttttttttttttttttttttttttttttttttttt...|~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
            .nn...............................................|nn...............................................
            .UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU
            .nn.ttttttttWWWWWWWWtttttttttttttttttttttttttttttt|nn.ssssssssWWWWWWssssssssssssssssssssssssssssssss
            .nn.WWWWWWWWWWWWWWWWWWWWWWWWW.....................|nn...............................................
            .nn.WWWWWWWWWWWWWWWWWWWWWWWWWtWWWWWWttWWWt........|nn.WWWWWWWWWWWWWWWsWWWWssWWWWWWsW................
            .nn.ttttttttWWWWWWWtttttt.........................|nn.ssssssssssssssWWWWWWWWWWWWWWWWWWW.............
            .~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~|nn.ssssssssssssssssssssssssssssssssssssssssssssss
            TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT|||||||||||||||||||||||||||||||||||||||||||||||||||||||
            .nn.................................................................................................
            .nn.................................................................................................
            Cnn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            Cnn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            Cnn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            Cnn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            Cnn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            """#)
    }

    @Test func theFirstConflictOfStrategyAt60x16() {
        let screen = DemoFixture.render(MergeFixture.open("strategy.py", width: 60, height: 16), width: 60, height: 16)
        expectLines(screen.textLines, #"""
             1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply
            strategy.py  conflict 1 of 2, 2 unresolved  review  auto on
             target                        source (no room for the base)
             28     def position_size(self│31     def position_size(self
             29         regime = self.dete│32         regime = self.dete
            >── conflict 1 of 2 · unresolved ───────────────────────────
            >30         return min(capital│33         return round(capit
             31                           │34
             32     def run(self, prices, │35     def run(self, prices,
             ── target change · auto-merged ────────────────────────────
             33         if self.progress: │ ~
            ── result (56 lines, as the apply writes it) ───────────────
            >35 <<<<<<< target
            >36         return min(capital * self.risk * REGIMES[regime]

            n next unresolved  N previous unresolved  ] next change
            """#)
    }

    @Test func threePanesWithTheBaseAt140x30() {
        let screen = DemoFixture.render(MergeFixture.open("strategy.py", width: 140, height: 30), width: 140, height: 30)
        expectLines(screen.textLines, #"""
             converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply                                                                    74 files
            strategy.py  conflict 1 of 2, 2 unresolved  to review (c)  auto-advance on
             base                                           target                                         source
             25                                            │27                                            │30
             26     def position_size(self, capital, prices│28     def position_size(self, capital, prices│31     def position_size(self, capital, price
             27         regime = self.detect_regime(prices)│29         regime = self.detect_regime(prices)│32         regime = self.detect_regime(prices
            >── conflict 1 of 2 · unresolved ───────────────────────────────────────────────────────────────────────────────────────────────────────────
            >28         return capital * self.risk * REGIME│30         return min(capital * self.risk * RE│33         return round(capital * self.risk *
             29                                            │31                                            │34
             30     def run(self, prices, capital=100000.0)│32     def run(self, prices, capital=100000.0)│35     def run(self, prices, capital=100000.0
             ── target change · auto-merged ────────────────────────────────────────────────────────────────────────────────────────────────────────────
              ~                                            │33         if self.progress:                  │ ~
              ~                                            │34             self.progress("detecting", 0.5)│ ~
             31         regime = self.detect_regime(prices)│35         regime = self.detect_regime(prices)│36         regime = self.detect_regime(prices
             ── conflict 2 of 2 · unresolved ───────────────────────────────────────────────────────────────────────────────────────────────────────────
             32         return {"regime": regime, "size": s│36         result = {"regime": regime, "size":│37         return {"regime": regime, "size":
              ~                                            │37         if self.progress:                  │38
              ~                                            │38             self.progress("done", 1.0)     │39     def summary(self, prices):
              ~                                            │39         return result                      │40         result = self.run(prices)
              ~                                            │ ~                                            │41         return f"{result['regime']}: {resu
            ── result (56 lines, as the apply writes it) ───────────────────────────────────────────────────────────────────────────────────────────────
             33     def position_size(self, capital, prices):
             34         regime = self.detect_regime(prices)
            >35 <<<<<<< target
            >36         return min(capital * self.risk * REGIMES[regime], self.max_position)
            >37 =======
            >38         return round(capital * self.risk * REGIMES[regime], 2)
            >39 >>>>>>> source

            n next unresolved  N previous unresolved  ] next change  [ previous change  t take target  s take source  a take base
            """#)
    }

    @Test func afterTakingTheTargetTheNextConflictIsCurrent() {
        let screen = DemoFixture.render(MergeFixture.open("strategy.py").pressing("t"), width: 100, height: 30)
        expectLines(screen.textLines, #"""
             converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply                        74 files [+]
            strategy.py  conflict 2 of 2, 1 unresolved  to review (c)  auto-advance on
             target                                            source (no room for the base)
             27                                               │30
             28     def position_size(self, capital, prices): │31     def position_size(self, capital, prices):
             29         regime = self.detect_regime(prices)   │32         regime = self.detect_regime(prices)
             ── conflict 1 of 2 · target ───────────────────────────────────────────────────────────────────────
             30         return min(capital * self.risk * REGIM│33         return round(capital * self.risk * REG
             31                                               │34
             32     def run(self, prices, capital=100000.0):  │35     def run(self, prices, capital=100000.0):
             ── target change · auto-merged ────────────────────────────────────────────────────────────────────
             33         if self.progress:                     │ ~
             34             self.progress("detecting", 0.5)   │ ~
             35         regime = self.detect_regime(prices)   │36         regime = self.detect_regime(prices)
            >── conflict 2 of 2 · unresolved ───────────────────────────────────────────────────────────────────
            >36         result = {"regime": regime, "size": se│37         return {"regime": regime, "size": self
            >37         if self.progress:                     │38
            >38             self.progress("done", 1.0)        │39     def summary(self, prices):
            >39         return result                         │40         result = self.run(prices)
            > ~                                               │41         return f"{result['regime']}: {result['
            ── result (52 lines, as the apply writes it) ───────────────────────────────────────────────────────
             39             self.progress("detecting", 0.5)
             40         regime = self.detect_regime(prices)
            >41 <<<<<<< target
            >42         result = {"regime": regime, "size": self.position_size(capital, prices)}
            >43         if self.progress:
            >44             self.progress("done", 1.0)
            >45         return result

            n next unresolved  N previous unresolved  ] next change  [ previous change  t take target
            """#)
    }

    @Test func excelConfigParserAt100x30() {
        let screen = DemoFixture.render(MergeFixture.open("excel_config_parser.py"), width: 100, height: 30)
        expectLines(screen.textLines, #"""
             converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply                            74 files
            excel_config_parser.py  conflict 1 of 2, 2 unresolved  to review (c)  auto-advance on
             target                                            source (no room for the base)
             22         config = RegimeConfig()               │23         config = RegimeConfig()
             23         for name, value in self.rows:         │24         for name, value in self.rows:
            >── conflict 1 of 2 · unresolved ───────────────────────────────────────────────────────────────────
            >24             key = str(name).strip().lower().re│25             key = str(name).strip().lower().re
             25             if key == "lookback":             │26             if key == "lookback":
             26                 config.lookback = int(value)  │27                 config.lookback = int(value)
             27             elif key == "risk":               │28             elif key == "risk":
             28                 config.risk = float(value)    │29                 config.risk = float(value)
             29             elif key == "indicator":          │30             elif key == "indicator":
             30                 config.indicators.append(str(v│31                 config.indicators.append(str(v
             31         return config                         │32         return config
             ── same change on both sides · auto-merged ────────────────────────────────────────────────────────
             32                                               │33
             ── conflict 2 of 2 · unresolved ───────────────────────────────────────────────────────────────────
             33     def to_form(self, config):                │34     def validate(self, config):
             34         return [                              │35         if config.lookback < 2:
             35             {"name": "lookback", "value": conf│36             raise ValueError("lookback must be
            ── result (52 lines, as the apply writes it) ───────────────────────────────────────────────────────
             23         config = RegimeConfig()
             24         for name, value in self.rows:
            >25 <<<<<<< target
            >26             key = str(name).strip().lower().replace("-", "_")
            >27 =======
            >28             key = str(name).strip().lower().replace(" ", "_")
            >29 >>>>>>> source

            n next unresolved  N previous unresolved  ] next change  [ previous change  t take target
            """#)
    }

    @Test func excelConfigParserAt60x16() {
        let screen = DemoFixture.render(MergeFixture.open("excel_config_parser.py", width: 60, height: 16), width: 60, height: 16)
        expectLines(screen.textLines, #"""
             1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply
            excel_config_parser.py conflict 1 of 2, 2 unresolved review
             target                        source (no room for the base)
             22         config = RegimeCon│23         config = RegimeCon
             23         for name, value in│24         for name, value in
            >── conflict 1 of 2 · unresolved ───────────────────────────
            >24             key = str(name│25             key = str(name
             25             if key == "loo│26             if key == "loo
             26                 config.loo│27                 config.loo
             27             elif key == "r│28             elif key == "r
             28                 config.ris│29                 config.ris
            ── result (52 lines, as the apply writes it) ───────────────
            >25 <<<<<<< target
            >26             key = str(name).strip().lower().replace("-",

            n next unresolved  N previous unresolved  ] next change
            """#)
    }

    @Test func theCombinedInitFileAt100x30() {
        let screen = DemoFixture.render(MergeFixture.open("__init__.py"), width: 100, height: 30)
        expectLines(screen.textLines, #"""
             converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply                            74 files
            __init__.py  no conflicts  to review (c)  auto-advance on
             proposal: target's side                           proposal: source's side
              1 """Market regime strategy with its UI integrat│ 1 """Market regime strategy with its UI integrat
              2                                               │ 2
              3 from .excel_config_parser import ExcelConfigPa│ 3 from .excel_config_parser import ExcelConfigPa
              4 from .result_formatter import ResultFormatter │ 4 from .result_formatter import ResultFormatter
              5 from .strategy import MarketRegimeStrategy    │ 5 from .strategy import MarketRegimeStrategy
              6 from .ui_bridge import UIBridge               │ 6 from .ui_bridge import UIBridge
              7 from .api_handlers import handle_config, handl│ 7 from .api_handlers import handle_config, handl
              8 from .comprehensive_regime_classifier import C│ 8 from .comprehensive_regime_classifier import C
              9 from .comprehensive_trend_analyzer import Comp│ 9 from .comprehensive_trend_analyzer import Comp
             10 from .enhanced_volatility_model import Enhance│10 from .enhanced_volatility_model import Enhance
             11                                               │11
             12 __all__ = ["MarketRegimeStrategy", "ExcelConfi│12 __all__ = ["MarketRegimeStrategy", "ExcelConfi





            ── result (12 lines, as the apply writes it) ───────────────────────────────────────────────────────
              1 """Market regime strategy with its UI integration."""
              2
              3 from .excel_config_parser import ExcelConfigParser, RegimeConfig
              4 from .result_formatter import ResultFormatter
              5 from .strategy import MarketRegimeStrategy
              6 from .ui_bridge import UIBridge
              7 from .api_handlers import handle_config, handle_detect
            combiner: kept the target's docstring; the source's (line 1) was dropped
            n next unresolved  N previous unresolved  ] next change  [ previous change  t take target
            """#)
    }

    @Test func theCombinedInitFileAt60x16() {
        let screen = DemoFixture.render(MergeFixture.open("__init__.py", width: 60, height: 16), width: 60, height: 16)
        expectLines(screen.textLines, #"""
             1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply
            __init__.py  no conflicts  to review (c)  auto-advance on
             proposal: target's side       proposal: source's side
              1 """Market regime strategy │ 1 """Market regime strategy
              2                           │ 2
              3 from .excel_config_parser │ 3 from .excel_config_parser
              4 from .result_formatter imp│ 4 from .result_formatter imp
              5 from .strategy import Mark│ 5 from .strategy import Mark
              6 from .ui_bridge import UIB│ 6 from .ui_bridge import UIB
              7 from .api_handlers import │ 7 from .api_handlers import
              8 from .comprehensive_regime│ 8 from .comprehensive_regime
            ── result (12 lines, as the apply writes it) ───────────────
              1 """Market regime strategy with its UI integration."""
              2
            combiner: kept the target's docstring; the source's (line 1)
            n next unresolved  N previous unresolved  ] next change
            """#)
    }

    @Test func aCombinedInitFileWithAConflictAt60x16() {
        let screen = DemoFixture.render(MergeFixture.open(plan: MergeFixture.combinedPlan(), width: 60, height: 16), width: 60, height: 16)
        expectLines(screen.textLines, #"""
             1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply
            __init__.py  conflict 1 of 1, 1 unresolved  review  auto on
             proposal: target's side       proposal: source's side
             1 from .a import x           │1 from .a import x
            >── conflict 1 of 1 · unresolved ───────────────────────────
            >2 from .b import y           │2 from .c import y
             3 __all__ = ["x", "y"]       │3 __all__ = ["x", "y"]




            ── result (7 lines, as the apply writes it) ────────────────
            >2 <<<<<<< target
            >3 from .b import y

            n next unresolved  N previous unresolved  ] next change
            """#)
        expectLines(Array(screen.styleLines(MergeStyleLegend.character)[1..<14]), #"""
            TTTTTTTTTTTTTUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUAAAAAAAAdddddddd
            .TTTTTTTTTTTTTTTTTTTTTTT.......TTTTTTTTTTTTTTTTTTTTTTT......
            .n............................|n............................
            CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
            Cn.ttttttWttttttttt...........|n.ssssssWsssssssss...........
            .n............................|n............................
            ............................................................
            ............................................................
            ............................................................
            ............................................................
            TTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTTT||||||||||||||||
            Cn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            Cn.uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu
            """#)
    }
}
