import Migration
import PythonSource
import Testing

/// Layout rules applied to a merged tree: path moves, module moves, new `__init__.py`
/// files and conflicts.
@Suite struct LayoutPlanTests {
    static let package: ModuleName = "backtester_v2.strategies.market_regime"

    func plan(_ rules: [String], _ paths: [String], package: ModuleName = package) throws -> LayoutPlan {
        LayoutPlan(rules: try rules.map { try LayoutRule(parsing: $0) }, paths: paths, package: package)
    }

    func moves(_ plan: LayoutPlan) -> [String] { plan.pathMoves.map(\.description) }

    @Test func movesTopLevelModulesIntoTheFolder() throws {
        let plan = try plan(["comprehensive_*.py=comprehensive_modules/"], [
            "__init__.py", "comprehensive_greeks.py", "comprehensive_iv.py", "strategy.py", "comprehensive_notes.md",
        ])
        #expect(moves(plan) == [
            "comprehensive_greeks.py → comprehensive_modules/comprehensive_greeks.py",
            "comprehensive_iv.py → comprehensive_modules/comprehensive_iv.py",
        ])
        #expect(plan.moduleMoves.map(\.description) == [
            "backtester_v2.strategies.market_regime.comprehensive_greeks → backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks",
            "backtester_v2.strategies.market_regime.comprehensive_iv → backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_iv",
        ])
        #expect(plan.newInitFiles == ["comprehensive_modules/__init__.py"])
        #expect(plan.conflicts.isEmpty)
        #expect(plan.destination(of: "strategy.py") == "strategy.py")
        #expect(plan.destination(of: "comprehensive_iv.py") == "comprehensive_modules/comprehensive_iv.py")
    }

    @Test func moduleMovesFeedTheRewriteMoves() throws {
        let plan = try plan(["comprehensive_*.py=comprehensive_modules/"], ["comprehensive_greeks.py"], package: "pkg")
        #expect(plan.moves.mapped("pkg.comprehensive_greeks.helper") == "pkg.comprehensive_modules.comprehensive_greeks.helper")
        #expect(plan.moves.mapped("pkg.comprehensive_greeks") == "pkg.comprehensive_modules.comprehensive_greeks")
        #expect(plan.moves.mapped("pkg.comprehensive_greeks_old") == nil)
        #expect(plan.moves.mapped("pkg.strategy") == nil)
    }

    @Test func firstMatchingRuleWins() throws {
        let plan = try plan(["enhanced_*.py=enhanced_modules/", "*_detector.py=detectors/"], [
            "enhanced_regime_detector.py", "trend_detector.py",
        ])
        #expect(moves(plan) == [
            "enhanced_regime_detector.py → enhanced_modules/enhanced_regime_detector.py",
            "trend_detector.py → detectors/trend_detector.py",
        ])
        let reversed = try self.plan(["*_detector.py=detectors/", "enhanced_*.py=enhanced_modules/"], ["enhanced_regime_detector.py"])
        #expect(moves(reversed) == ["enhanced_regime_detector.py → detectors/enhanced_regime_detector.py"])
    }

    @Test func starDoesNotCrossFoldersAndBareGlobsStayAtTheTop() throws {
        let plan = try plan(["comprehensive_*.py=comprehensive_modules/", "tools/*.py=scripts/"], [
            "sub/comprehensive_a.py", "comprehensive_modules/comprehensive_b.py",
            "tools/run.py", "tools/deep/run_more.py",
        ])
        #expect(moves(plan) == ["tools/run.py → scripts/run.py"])
        #expect(plan.newInitFiles == ["scripts/__init__.py"])
    }

    @Test func doubleStarReachesEveryDepthAndARerunMovesNothing() throws {
        let plan = try plan(["**/legacy_*.py=legacy/"], ["a/b/legacy_io.py", "legacy/legacy_db.py"])
        #expect(moves(plan) == ["a/b/legacy_io.py → legacy/legacy_io.py"])
        #expect(plan.newInitFiles.isEmpty, "legacy/ exists already")
    }

    @Test func nonPythonFilesMoveWithoutModuleMoves() throws {
        let plan = try plan(["*.csv=data/"], ["regimes.csv", "strategy.py"])
        #expect(moves(plan) == ["regimes.csv → data/regimes.csv"])
        #expect(plan.moduleMoves.isEmpty)
        #expect(plan.newInitFiles.isEmpty, "no module lands in data/")
    }

    @Test func aMatchedFolderMovesWholeWithOneModuleMove() throws {
        let plan = try plan(["legacy_*=old/"], [
            "legacy_io/__init__.py", "legacy_io/reader.py", "legacy_io/formats/x.json", "old/__init__.py",
        ], package: "pkg")
        #expect(moves(plan) == [
            "legacy_io/__init__.py → old/legacy_io/__init__.py",
            "legacy_io/reader.py → old/legacy_io/reader.py",
            "legacy_io/formats/x.json → old/legacy_io/formats/x.json",
        ])
        #expect(plan.moduleMoves == [ModuleMove(old: "pkg.legacy_io", new: "pkg.old.legacy_io")])
        #expect(plan.moves.mapped("pkg.legacy_io.reader.read") == "pkg.old.legacy_io.reader.read")
        #expect(plan.newInitFiles.isEmpty)
    }

    @Test func folderOnlyGlobsSkipFiles() throws {
        let plan = try plan(["legacy_*/=old/"], ["legacy_io/a.py", "legacy_notes.py"])
        #expect(moves(plan) == ["legacy_io/a.py → old/legacy_io/a.py"])
    }

    @Test func initFilesStayWithTheirFolder() throws {
        let plan = try plan(["*.py=modules/"], ["__init__.py", "a.py"])
        #expect(moves(plan) == ["a.py → modules/a.py"])
    }

    @Test func theDestinationFolderNeverMovesIntoItself() throws {
        let plan = try plan(["comprehensive_*=comprehensive_modules/"], [
            "comprehensive_modules/__init__.py", "comprehensive_greeks.py",
        ])
        #expect(moves(plan) == ["comprehensive_greeks.py → comprehensive_modules/comprehensive_greeks.py"])
    }

    @Test func newIntermediateFoldersGetInitFilesButExistingOnesDoNot() throws {
        let fresh = try plan(["greeks_*.py=analytics/greeks/"], ["greeks_delta.py"])
        #expect(fresh.newInitFiles == ["analytics/__init__.py", "analytics/greeks/__init__.py"])
        let half = try plan(["greeks_*.py=analytics/greeks/"], ["greeks_delta.py", "analytics/__init__.py", "analytics/core.py"])
        #expect(half.newInitFiles == ["analytics/greeks/__init__.py"])
        let namespace = try plan(["greeks_*.py=analytics/greeks/"], ["greeks_delta.py", "analytics/core.py"])
        #expect(namespace.newInitFiles == ["analytics/greeks/__init__.py"], "an existing folder stays as it is")
    }

    @Test func twoPathsToOneDestinationAreAConflict() throws {
        let plan = try plan(["**/detector.py=detectors/"], ["a/detector.py", "b/detector.py"])
        #expect(plan.conflicts == [.sameDestination(destination: "detectors/detector.py", from: ["a/detector.py", "b/detector.py"])])
        #expect(plan.conflicts[0].description.hasPrefix("detectors/detector.py: layout rules move a/detector.py and b/detector.py here"))
    }

    @Test func anExistingDestinationIsAConflict() throws {
        let plan = try plan(["comprehensive_*.py=comprehensive_modules/"], [
            "comprehensive_greeks.py", "comprehensive_modules/comprehensive_greeks.py",
        ])
        #expect(plan.conflicts == [.destinationExists(
            destination: "comprehensive_modules/comprehensive_greeks.py", from: "comprehensive_greeks.py")])
    }

    @Test func aDestinationThatMovesAwayIsFree() throws {
        let plan = try plan(["a/*.py=b/", "b/*.py=c/"], ["a/x.py", "b/x.py"])
        #expect(moves(plan) == ["a/x.py → b/x.py", "b/x.py → c/x.py"])
        #expect(plan.conflicts.isEmpty)
    }

    @Test func noRulesMoveNothing() {
        let plan = LayoutPlan(rules: [], paths: ["a.py", "b/c.py"], package: "pkg")
        #expect(plan.pathMoves.isEmpty && plan.moduleMoves.isEmpty && plan.newInitFiles.isEmpty && plan.conflicts.isEmpty)
    }
}

/// Conflicts where a module and a package end up with the same name.
@Suite struct LayoutPlanShadowingTests {
    func plan(_ rules: [String], _ paths: [String]) throws -> LayoutPlan {
        LayoutPlan(rules: try rules.map { try LayoutRule(parsing: $0) }, paths: paths, package: "pkg")
    }

    @Test func aNewFolderBesideAModuleOfItsName() throws {
        let plan = try plan(["helper_*.py=utils/"], ["helper_a.py", "utils.py"])
        #expect(plan.conflicts == [.moduleBesidePackage(module: "utils.py", package: "utils")])
        #expect(plan.conflicts[0].description
            == "utils.py: after the layout rules the folder utils/ sits beside it, and Python would import the folder instead; change the rule's folder")
    }

    @Test func aMovedModuleBesideAFolderOfItsName() throws {
        let plan = try plan(["old/*.py=new"], ["old/io.py", "new/io/__init__.py"])
        #expect(plan.conflicts == [.moduleBesidePackage(module: "new/io.py", package: "new/io")])
    }

    @Test func unrelatedNamesDoNotClash() throws {
        let plan = try plan(["helper_*.py=utils/"], ["helper_a.py", "utils_old.py", "utils/__init__.py"])
        #expect(plan.conflicts.isEmpty)
    }
}
