import Migration
import PythonSource

/// One row of the `__init__.py` combining table: the versions, the moves, and what the
/// combined file and its conflicts must be.
struct InitCombinerCase: Sendable, CustomStringConvertible {
    var name: String
    var target: String
    var source: String
    var base: String?
    var moves: ModuleMoves = InitCombinerCase.packageMove
    var expected: String
    /// The names in conflict, in file order.
    var conflicts: [String] = []

    var description: String { name }

    static let package: ModuleName = "backtester_v2.market_regime"
    static let packageMove = ModuleMoves([
        ModuleMove(old: "backtester_v2.market_regime", new: "backtester_v2.strategies.market_regime"),
    ])

    func combine() -> InitCombination {
        InitCombiner(package: Self.package, moves: moves)
            .combine(target: Array(target.utf8), source: Array(source.utf8), base: base.map { Array($0.utf8) })
    }
}
