import PythonSource
import Testing

@Suite struct ModuleLocationTests {
    /// The example tree of the spec: folders that hold an `__init__.py`.
    static let packages: Set<String> = [
        "/repo/backtester_v2", "/repo/backtester_v2/strategies", "/repo/backtester_v2/market_regime",
        "/repo/backtester_v2/market_regime/indicators", "/repo/backtester_v2/strategies/tbs",
    ]

    static func locate(_ path: String) throws -> ModuleLocation {
        try ModuleLocation.locate(file: path) { packages.contains($0) }
    }

    @Test(arguments: [
        ("a/b/c.py", "a.b.c", false),
        ("a/b/__init__.py", "a.b", true),
        ("a/b/__main__.py", "a.b.__main__", false),
        ("a/b/c.pyi", "a.b.c", false),
        ("./a//b.py", "a.b", false),
        ("top.py", "top", false),
    ])
    func moduleNames(_ path: String, _ name: String, _ isPackage: Bool) throws {
        let found = try ModuleLocation.moduleName(ofRelativePath: path)
        #expect(found.name == ModuleName(name))
        #expect(found.isPackage == isPackage)
    }

    @Test(arguments: ["a/b.txt", "my-pkg/x.py", "a/1b.py", "a/x.test.py", "__init__.py", "a/class/x.py", ""])
    func pathsWithoutModuleNames(_ path: String) {
        #expect(throws: ModuleNameError.self) { try ModuleLocation.moduleName(ofRelativePath: path) }
    }

    @Test func importRootIsTheFirstFolderWithoutInit() throws {
        let detector = try Self.locate("/repo/backtester_v2/market_regime/detector.py")
        #expect(detector.importRoot == "/repo")
        #expect(detector.name == "backtester_v2.market_regime.detector")
        #expect(detector.basePackage == "backtester_v2.market_regime")
        let package = try Self.locate("/repo/backtester_v2/market_regime/__init__.py")
        #expect(package.name == "backtester_v2.market_regime" && package.isPackage)
        #expect(package.basePackage == "backtester_v2.market_regime")
        let test = try Self.locate("/repo/tests/market_regime/test_detector.py")
        #expect(test.importRoot == "/repo/tests/market_regime" && test.name == "test_detector")
        #expect(test.basePackage.isEmpty)
        #expect(ModuleLocation.importRoot(ofFile: "x.py") { _ in true } == ".")
        #expect(ModuleLocation.importRoot(ofFile: "/x.py") { _ in false } == "/")
    }

    @Test func prefixesAtPartBoundaries() {
        let old: ModuleName = "backtester_v2.market_regime"
        #expect(ModuleName("backtester_v2.market_regime.utils").hasPrefix(old))
        #expect(!ModuleName("backtester_v2.market_regime_legacy").hasPrefix(old))
        #expect(!ModuleName("my_backtester_v2.market_regime.detector").hasPrefix(old))
        #expect(ModuleName("backtester_v2.market_regime.utils").replacingPrefix(old, with: "backtester_v2.strategies.market_regime")
                == "backtester_v2.strategies.market_regime.utils")
        #expect(ModuleName("backtester_v2.strategies.market_regime").replacingPrefix(old, with: "x") == nil,
                "idempotent: a migrated name does not match again")
    }
}
