/// The test files both packages have, in three versions (ancestor, source, target): the
/// same file names with different test cases, as the two teams wrote them.
extension DemoSampleConflicts {
    static let ancestorStrategyTest = """
        from ..strategy import MarketRegimeStrategy

        RISING = [100.0 + i for i in range(30)]


        def test_rising_prices_are_bull():
            assert MarketRegimeStrategy().detect_regime(RISING) == "bull"


        def test_run_reports_regime_and_size():
            result = MarketRegimeStrategy().run(RISING, capital=1000.0)
            assert result["regime"] == "bull"
            assert result["size"] > 0

        """

    static let sourceStrategyTest = """
        from ..strategy import MarketRegimeStrategy

        RISING = [100.0 + i for i in range(30)]
        JUMPY = [100.0, 120.0, 95.0, 130.0, 90.0]


        def test_rising_prices_are_bull():
            assert MarketRegimeStrategy().detect_regime(RISING) == "bull"


        def test_falling_prices_are_bear():
            assert MarketRegimeStrategy().detect_regime(list(reversed(RISING))) == "bear"


        def test_large_moves_are_volatile():
            assert MarketRegimeStrategy().detect_regime(JUMPY) == "volatile"


        def test_summary_names_the_regime():
            assert MarketRegimeStrategy().summary(RISING).startswith("bull: ")

        """

    static let targetStrategyTest = """
        from ..strategy import MarketRegimeStrategy

        RISING = [100.0 + i for i in range(30)]


        def test_rising_prices_are_bull():
            assert MarketRegimeStrategy().detect_regime(RISING) == "bull"


        def test_position_is_capped_for_the_ui():
            strategy = MarketRegimeStrategy(max_position=10.0)
            assert strategy.position_size(1000000.0, RISING) == 10.0


        def test_progress_is_reported():
            steps = []
            MarketRegimeStrategy(progress=lambda name, share: steps.append(name)).run(RISING)
            assert steps == ["detecting", "done"]

        """

    static let ancestorParserTest = """
        from ..excel_config_parser import ExcelConfigParser


        def test_parses_known_parameters():
            config = ExcelConfigParser([("Lookback", "30"), ("Risk", "0.05")]).parse()
            assert (config.lookback, config.risk) == (30, 0.05)

        """

    static let sourceParserTest = """
        import pytest

        from ..excel_config_parser import ExcelConfigParser, RegimeConfig


        def test_parses_known_parameters():
            config = ExcelConfigParser([("Lookback", "30"), ("Risk", "0.05")]).parse()
            assert (config.lookback, config.risk) == (30, 0.05)


        def test_validate_rejects_short_lookback():
            with pytest.raises(ValueError):
                ExcelConfigParser([]).validate(RegimeConfig(lookback=1))

        """

    static let targetParserTest = """
        from ..excel_config_parser import ExcelConfigParser


        def test_parses_indicators_in_order():
            config = ExcelConfigParser([("indicator", "ema"), ("indicator", " vwap ")]).parse()
            assert config.indicators == ["ema", "vwap"]


        def test_form_has_one_field_per_parameter():
            parser = ExcelConfigParser([("look-back", "10")])
            form = parser.to_form(parser.parse())
            assert [field["name"] for field in form] == ["lookback", "risk", "indicators"]

        """
}
