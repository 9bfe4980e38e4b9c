import Migration
import PythonSource
import Testing

/// Layout rules and moved modules feeding the rewrite planner: the moves they produce
/// rewrite the imports of a small project.
@Suite struct LayoutRewriteTests {
    static let target = "backtester_v2/strategies/market_regime"
    static let targetPackage: ModuleName = "backtester_v2.strategies.market_regime"

    @Test func importsFollowLayoutRulesAndMovedModules() throws {
        let package = ["__init__.py", "comprehensive_greeks.py", "regime_detection.py", "strategy.py"]
        let layout = LayoutPlan(rules: [try LayoutRule(parsing: "comprehensive_*.py=comprehensive_modules/")],
                                paths: package, package: Self.targetPackage)
        let finder = MovedModuleFinder(targetFiles: [
            "regime_detection.py": Array("def detect_regime(prices):\n    return 'bull'\n".utf8),
        ])
        let moved = try #require(finder.movedModule(
            path: "regime_utils.py", bytes: Array("def detect_regime(prices):\n    return 'bear'\n".utf8)))
        let moves = ModuleMoves([
            ModuleMove(old: "backtester_v2.market_regime", new: Self.targetPackage),
            moved.moduleMove(sourcePackage: "backtester_v2.market_regime", targetPackage: Self.targetPackage),
        ]).followed(by: layout.moves)
        var tree: [String: [UInt8]] = [:]
        for path in package { tree["\(Self.target)/\(path)"] = Array("X = 1\n".utf8) }
        tree["server/routes.py"] = Array("""
            from backtester_v2.market_regime.comprehensive_greeks import delta
            from backtester_v2.strategies.market_regime.comprehensive_greeks import gamma
            from backtester_v2.market_regime.regime_utils import detect_regime
            from backtester_v2.market_regime.strategy import run

            """.utf8)
        let proposals = RewriteRun.plan(tree, moves: moves)
        let after = try RewriteRun.apply(proposals.filter(\.isAcceptedByDefault), to: tree, moves: moves)
        #expect(after["server/routes.py"].map { String(decoding: $0, as: UTF8.self) } == """
            from backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks import delta
            from backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks import gamma
            from backtester_v2.strategies.market_regime.regime_detection import detect_regime
            from backtester_v2.strategies.market_regime.strategy import run

            """, "\(proposals.map(RewriteRun.line))")
        #expect(after["\(Self.target)/comprehensive_modules/comprehensive_greeks.py"] != nil)
    }
}
