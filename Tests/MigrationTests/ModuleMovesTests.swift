import Migration
import PythonSource
import Testing

@Suite struct ModuleMovesTests {
    let moves = ModuleMoves([
        ModuleMove(old: "backtester_v2.market_regime", new: "backtester_v2.strategies.market_regime"),
        ModuleMove(
            old: "backtester_v2.market_regime.comprehensive_greeks",
            new: "backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks"),
    ])

    @Test func longestPrefixWins() {
        #expect(moves.mapped("backtester_v2.market_regime.comprehensive_greeks.delta")
            == "backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks.delta")
        #expect(moves.mapped("backtester_v2.market_regime.detector") == "backtester_v2.strategies.market_regime.detector")
        #expect(moves.mapped("backtester_v2.market_regime") == "backtester_v2.strategies.market_regime")
    }

    @Test func prefixesStopAtPartBoundaries() {
        #expect(moves.mapped("backtester_v2.market_regime_legacy") == nil)
        #expect(moves.resolved("backtester_v2.config") == "backtester_v2.config")
    }
}
