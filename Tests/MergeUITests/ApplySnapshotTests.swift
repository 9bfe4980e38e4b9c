@testable import MergeUI
import Migration
import Testing

/// The Apply screen on the demo plan with nothing decided: the dry-run counts, why `p`
/// will not apply, then the list: the undecided items with what is missing, the file to
/// review, and every operation, by section.
@Suite struct ApplySnapshotTests {
    @Test func wideScreen() {
        expectLines(bodyLines(DemoFixture.render(demoState(on: .apply), width: 100, height: 30)), """
            Dry run: 5 written · 52 copied · 16 kept · 0 removed · 7 files outside the trees (14 rewrites)
            6 undecided: p refuses to apply until they are decided

            Undecided: p applies only when they are decided (6)
              decide    excel_config_parser.py: line 24: conflict undecided
              decide    excel_config_parser.py: line 33: conflict undecided
              decide    strategy.py: line 30: conflict undecided
              decide    strategy.py: line 36: conflict undecided
              decide    tests/test_excel_config_parser.py: line 4: conflict undecided
              decide    tests/test_strategy.py: line 10: conflict undecided
            To review (merged on their own, not confirmed) (1)
              review    __init__.py
            In backtester_v2/strategies/market_regime (57)
              merge     __init__.py
              copy      api_handlers.py  (1 rewrite)
              copy      comprehensive_atr_indicator.py
              copy      comprehensive_breadth_monitor.py
              copy      comprehensive_correlation_matrix.py
              copy      comprehensive_ema_framework.py
              copy      comprehensive_gap_analysis.py
              copy      comprehensive_greek_sentiment.py
              copy      comprehensive_iv_surface.py
              copy      comprehensive_liquidity_monitor.py
              copy      comprehensive_momentum_scanner.py
              copy      comprehensive_oi_analysis.py
              copy      comprehensive_pivot_points.py
              copy      comprehensive_premium_decay.py
            """)
    }

    /// At 60 columns the counts take their short form.
    @Test func narrowScreen() {
        expectLines(bodyLines(DemoFixture.render(demoState(on: .apply), width: 60, height: 16)), """
            5 written · 52 copied · 16 kept · 0 removed · 7 outside
            6 undecided: p refuses to apply until they are decided

            Undecided: p applies only when they are decided (6)
              decide    excel_config_parser.py: line 24: conflict undeci
              decide    excel_config_parser.py: line 33: conflict undeci
              decide    strategy.py: line 30: conflict undecided
              decide    strategy.py: line 36: conflict undecided
              decide    tests/test_excel_config_parser.py: line 4: confl
              decide    tests/test_strategy.py: line 10: conflict undeci
            To review (merged on their own, not confirmed) (1)
              review    __init__.py
            In backtester_v2/strategies/market_regime (57)
            """)
    }

    /// Title, error, the undecided items in the unresolved role behind dim actions, the
    /// review warning, the auto-merged file.
    @Test func narrowStyles() {
        expectLines(bodyStyles(DemoFixture.render(demoState(on: .apply), width: 60, height: 16)), """
            hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh.....
            eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee......
            ............................................................
            eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee.........
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx........
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx........
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            dddddddd....xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
            wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww..........
            dddddddd....mmmmmmmmmmm.....................................
            hhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhh..............
            """)
    }
}
