import PythonSource
import Testing

/// PEP 328 arithmetic, with the spec's cases (sections D and E).
@Suite struct RelativeImportTests {
    private func resolve(_ level: Int, _ module: ModuleName?, in importer: ModuleName, package: Bool = false) throws -> ModuleName {
        try RelativeImport.resolve(level: level, module: module, inPackageOf: importer, isPackage: package)
    }

    @Test func resolvesFromModulesAndPackages() throws {
        #expect(try resolve(1, "market_regime", in: "backtester_v2", package: true) == "backtester_v2.market_regime")
        #expect(try resolve(1, nil, in: "backtester_v2", package: true) == "backtester_v2")
        #expect(try resolve(2, "market_regime.detector", in: "backtester_v2.core.engine") == "backtester_v2.market_regime.detector")
        #expect(try resolve(3, "market_regime", in: "backtester_v2.strategies.tbs.strategy") == "backtester_v2.market_regime")
        #expect(try resolve(3, nil, in: "backtester_v2.market_regime.indicators.ema") == "backtester_v2")
        #expect(try resolve(0, "os.path", in: "a.b") == "os.path")
    }

    /// Case 23: in `strategies/__init__.py` the base package is `strategies` itself, so
    /// `..` is `backtester_v2`; in an ordinary module `..` is one level higher.
    @Test func initRule() throws {
        #expect(try resolve(2, "market_regime", in: "backtester_v2.strategies", package: true) == "backtester_v2.market_regime")
        #expect(try resolve(2, "market_regime", in: "backtester_v2.strategies.helpers") == "backtester_v2.market_regime")
        #expect(try resolve(1, "detector", in: "backtester_v2.market_regime", package: true) == "backtester_v2.market_regime.detector")
        #expect(try resolve(1, "detector", in: "backtester_v2.market_regime.__main__") == "backtester_v2.market_regime.detector")
    }

    @Test func escapingTheTopLevelPackageIsAnError() {
        #expect(throws: RelativeImportError(reason: .beyondTopLevelPackage, level: 2, importer: "backtester_v2.config")) {
            try resolve(2, "x", in: "backtester_v2.config")
        }
        #expect(throws: RelativeImportError(reason: .beyondTopLevelPackage, level: 2, importer: "backtester_v2")) {
            try resolve(2, nil, in: "backtester_v2", package: true)
        }
        #expect(throws: RelativeImportError(reason: .noParentPackage, level: 1, importer: "script")) {
            try resolve(1, "x", in: "script")
        }
        let error = RelativeImportError(reason: .beyondTopLevelPackage, level: 2, importer: "a.b")
        #expect(error.description == "'..' in a.b: attempted relative import beyond top-level package")
    }

    @Test func spellingWithAGivenLevel() {
        let target: ModuleName = "backtester_v2.core.engine"
        let importer: ModuleName = "backtester_v2.strategies.market_regime.detector"
        #expect(RelativeImport.spelling(of: target, from: importer, isPackage: false, level: 3)?.description == "...core.engine")
        #expect(RelativeImport.spelling(of: target, from: importer, isPackage: false, level: 1) == nil)
        #expect(RelativeImport.spelling(of: target, from: importer, isPackage: false, level: 9) == nil)
        #expect(RelativeImport.spelling(of: "backtester_v2", from: importer, isPackage: false, level: 3)
                == RelativeSpelling(level: 3, module: nil))
    }

    /// Cases 22, 23, 26, 27 and 32: resolve in the old layout, re-express from the new one.
    @Test func reexpressingAfterAMove() throws {
        let old: ModuleName = "backtester_v2.market_regime", new: ModuleName = "backtester_v2.strategies.market_regime"
        func moved(_ name: ModuleName) -> ModuleName { name.replacingPrefix(old, with: new) ?? name }
        func rewrite(_ level: Int, _ module: ModuleName?, _ importer: ModuleName, package: Bool = false) throws -> String? {
            let target = moved(try resolve(level, module, in: importer, package: package))
            return RelativeImport.minimalSpelling(of: target, from: moved(importer), isPackage: package)?.description
        }
        #expect(try rewrite(3, "market_regime", "backtester_v2.strategies.tbs.strategy") == "..market_regime")
        #expect(try rewrite(2, "market_regime", "backtester_v2.strategies", package: true) == ".market_regime")
        #expect(try rewrite(2, "core.engine", "backtester_v2.market_regime.detector") == "...core.engine")
        #expect(try rewrite(3, nil, "backtester_v2.market_regime.indicators.ema") == "....")
        #expect(try rewrite(1, "utils", "backtester_v2.market_regime.detector") == ".utils")
        #expect(try rewrite(1, "market_regime", "backtester_v2", package: true) == ".strategies.market_regime")
        #expect(RelativeImport.minimalSpelling(of: "other.x", from: "a.b", isPackage: false) == nil)
    }

    @Test func statementsResolveThroughTheirLocation() throws {
        let found = SourceAnalysis("from.. market_regime import x\nfrom ... import y\nimport z\n").imports
        let engine = ModuleLocation(importRoot: "/repo", name: "backtester_v2.core.engine", isPackage: false)
        #expect(try found[0].fromModule(in: engine) == "backtester_v2.market_regime")
        #expect(throws: RelativeImportError.self) { try found[1].fromModule(in: engine) }
        #expect(try found[2].fromModule(in: engine) == nil)
        let package = ModuleLocation(importRoot: "/repo", name: "backtester_v2.core.sub", isPackage: true)
        #expect(try found[1].fromModule(in: package) == "backtester_v2")
    }
}
