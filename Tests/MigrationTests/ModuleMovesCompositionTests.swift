import Migration
import PythonSource
import Testing

/// The package move followed by the layout rules' moves, as one set of moves.
@Suite struct ModuleMovesCompositionTests {
    let package = ModuleMoves([ModuleMove(old: "bt.market_regime", new: "bt.strategies.market_regime")])
    let layout = ModuleMoves([
        ModuleMove(old: "bt.strategies.market_regime.comprehensive_greeks",
                   new: "bt.strategies.market_regime.comprehensive_modules.comprehensive_greeks"),
    ])

    @Test func sourceNamesGoStraightToTheirFinalPlace() {
        let moves = package.followed(by: layout)
        #expect(moves.mapped("bt.market_regime.comprehensive_greeks.delta")
            == "bt.strategies.market_regime.comprehensive_modules.comprehensive_greeks.delta")
        #expect(moves.mapped("bt.market_regime.strategy") == "bt.strategies.market_regime.strategy")
        #expect(moves.mapped("bt.strategies.market_regime.comprehensive_greeks")
            == "bt.strategies.market_regime.comprehensive_modules.comprehensive_greeks")
        #expect(moves.mapped("bt.strategies.market_regime.strategy") == nil)
    }

    @Test func aMoveWhoseEndMovesAgainEndsThere() {
        let moved = ModuleMoves([ModuleMove(old: "bt.market_regime.greeks_v1", new: "bt.strategies.market_regime.comprehensive_greeks")])
        let moves = moved.followed(by: layout)
        #expect(moves.mapped("bt.market_regime.greeks_v1.delta")
            == "bt.strategies.market_regime.comprehensive_modules.comprehensive_greeks.delta")
    }

    @Test func nothingLaterChangesNothing() {
        let moves = package.followed(by: ModuleMoves([]))
        #expect(moves.moves == package.moves)
    }
}
