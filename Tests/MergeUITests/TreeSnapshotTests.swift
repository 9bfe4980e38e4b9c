import MergeUI
import Migration
import Testing

/// The Tree screen rendered into the in-memory screen: text and style snapshots (see
/// `ListScreen.legend` for the style letters) at 100×30 and 60×16.
@Suite struct TreeSnapshotTests {
    @Test func theDemoTreeAt100x30() {
        let screen = DemoFixture.render(DemoFixture.state(), width: 100, height: 30)
        expectLines(ListScreen.body(screen), """
             A 52  B 5  C 13  = 3  M 1   filter: all
             B __init__.py                                                           combine      to review
             A api_handlers.py                                                       copy
             C chart_data.py                                                         keep
             A comprehensive_atr_indicator.py                                        copy
             A comprehensive_breadth_monitor.py                                      copy
             A comprehensive_correlation_matrix.py                                   copy
             A comprehensive_ema_framework.py                                        copy
             A comprehensive_gap_analysis.py                                         copy
             A comprehensive_greek_sentiment.py                                      copy
             A comprehensive_iv_surface.py                                           copy
             A comprehensive_liquidity_monitor.py                                    copy
             A comprehensive_momentum_scanner.py                                     copy
             A comprehensive_oi_analysis.py                                          copy
             A comprehensive_pivot_points.py                                         copy
             A comprehensive_premium_decay.py                                        copy
             A comprehensive_regime_classifier.py                                    copy
             A comprehensive_risk_overlay.py                                         copy
             A comprehensive_signal_aggregator.py                                    copy
             A comprehensive_skew_detector.py                                        copy
             A comprehensive_straddle_engine.py                                      copy
             A comprehensive_support_resistance.py                                   copy
             A comprehensive_time_of_day.py                                          copy
             A comprehensive_transition_matrix.py                                    copy
             A comprehensive_trend_analyzer.py                                       copy
             A comprehensive_volatility_model.py                                     copy
             A comprehensive_volume_profile.py                                       copy
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .a.....b....c.....e....m....dddddddddttt
            #B####################################################################################VVVVVVVVV#####
            .a
            .c
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            """)
    }

    @Test func theDemoTreeAt60x16() {
        let screen = DemoFixture.render(DemoFixture.state(), width: 60, height: 16)
        expectLines(ListScreen.body(screen), """
             A 52  B 5  C 13  = 3  M 1   filter: all
             B __init__.py                   combine      to review
             A api_handlers.py               copy
             C chart_data.py                 keep
             A comprehensive_atr_indicator.p copy
             A comprehensive_breadth_monitor copy
             A comprehensive_correlation_mat copy
             A comprehensive_ema_framework.p copy
             A comprehensive_gap_analysis.py copy
             A comprehensive_greek_sentiment copy
             A comprehensive_iv_surface.py   copy
             A comprehensive_liquidity_monit copy
             A comprehensive_momentum_scanne copy
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .a.....b....c.....e....m....dddddddddttt
            #B############################################VVVVVVVVV#####
            .a
            .c
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            .a
            """)
    }

    /// Conflicts only, `strategy.py` taken from the target, "test" searched: the
    /// override is marked with what it replaced, the matches are highlighted.
    @Test func filteredOverriddenAndSearchedAt60x16() {
        var state = DemoFixture.state()
        state.bodyRows = AppView.bodyRows(height: 16)
        for key in [Key.character("f"), .character("f"), .down, .down, .character("t"), .character("/")] {
            ListScreen.press(key, &state)
        }
        ListScreen.type("test", &state)
        ListScreen.press(.enter, &state)
        let screen = DemoFixture.render(state, width: 60, height: 16)
        expectLines(ListScreen.body(screen), """
             A 52  B 5  C 13  = 3  M 1   filter: B conflicts   /test 1/3
             B __init__.py                   combine      to review
             B excel_config_parser.py        merge        2 unresolved
             B strategy.py                   take target  was merge
               ▾ tests/                                   8 files
             B   test_excel_config_parser.py merge        1 unresolved
             B   test_strategy.py            merge        1 unresolved
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .a.....b....c.....e....m....dddddddddtttttttttttddddssssdddd
            .b............................................vvvvvvvvv
            .b............................................uuuuuuuuuuuu
            .b...............................wwwwwwwwwww..ddddddddd
            ###DDSSSS#####################################DDDDDDD#######
            .b...ssss.....................................uuuuuuuuuuuu
            .b...ssss.....................................uuuuuuuuuuuu
            """)
    }

    /// Folders, layout moves, a moved module, every flag, a wide name, and the folded
    /// group of excluded paths at the end.
    @Test func flagsMovesAndExcludedPathsAt100x30() {
        let screen = DemoFixture.render(AppState(plan: TreeFixture.plan), width: 100, height: 30)
        expectLines(ListScreen.body(screen), """
             A 3  B 2  C 1  = 2  M 1  x 2   filter: all
             = README.md                                                             nothing
               ▾ core/                                                                            4 files
             B   engine.py                                                           merge        1 unresolved
             C   link.py symlink                                                     keep
             B   logo.png binary                                                     pick a side  undecided
             =   run.sh mode-differs                                                 nothing
             A enhanced_trend.py → enhanced_modules/enhanced_trend.py                copy
             A models type-clash                                                     by hand      undecided
             M regime_utils.py → regime/detection.py                                 map
             A 漢字_module.py                                                        copy
               ▸ excluded (2)                                                                     2 files
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .a....b....c....e....m....d....dddddddddttt
            #E#######################################################################DDDDDDD####################
            ...dd.................................................................................ddddddd
            .b....................................................................................uuuuuuuuuuuu
            .c..........ffffffff
            .b...........fffffff..................................................................uuuuuuuuu
            .e.........fffffffffffff.................................................ddddddd
            .a..................ddddddddddddddddddddddddddddddddddddd
            .a.......fffffffffff..................................................................uuuuuuuuu
            .m................mmmmmmmmmmmmmmmmmmmmmm
            .a
            ...dddddddddddddd.....................................................................ddddddd
            """)
    }

    /// The excluded group unfolded and the names scrolled 8 columns to the left; the
    /// marks and the right columns stay.
    @Test func unfoldedExcludedGroupScrolledLeftAt60x16() {
        var state = AppState(plan: TreeFixture.plan)
        state.bodyRows = AppView.bodyRows(height: 16)
        for key in [Key.character("G"), .enter, .character("l")] { ListScreen.press(key, &state) }
        #expect(state.tree.scrollX == 8)
        let screen = DemoFixture.render(state, width: 60, height: 16)
        expectLines(ListScreen.body(screen), """
             A 3  B 2  C 1  = 2  M 1  x 2   filter: all
             = d                             nothing
                                                          4 files
             B .py                           merge        1 unresolved
             C y symlink                     keep
             B ng binary                     pick a side  undecided
             =  mode-differs                 nothing
             A _trend.py → enhanced_modules/ copy
             A ype-clash                     by hand      undecided
             M tils.py → regime/detection.py map
             A ule.py                        copy
               ed (2)                                     2 files
             x che__                         nothing
            """)
        expectLines(ListScreen.bodyStyles(screen), """
            .a....b....c....e....m....d....dddddddddttt
            .e...............................ddddddd
            ..............................................ddddddd
            .b............................................uuuuuuuuuuuu
            .c..ffffffff
            .b...fffffff..................................uuuuuuuuu
            .e.fffffffffffff.................ddddddd
            .a..........dddddddddddddddddddd
            .a.fffffffff..................................uuuuuuuuu
            .m........mmmmmmmmmmmmmmmmmmmmmm
            .a
            ###DDDDDD#####################################DDDDDDD#######
            .d.ddddd.........................ddddddd
            """)
    }
}
