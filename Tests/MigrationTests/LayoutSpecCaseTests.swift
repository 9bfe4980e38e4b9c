import Migration
import PythonSource
import Testing

/// Spec cases 37 and 38 (regrouping with layout rules): the new subpackage's
/// `__init__.py`, a module the new folder would hide, paths that differ only in case,
/// the resolved file list, and string-named submodules inside the package.
@Suite struct LayoutSpecCaseTests {
    static let package: ModuleName = "backtester_v2.strategies.market_regime"
    static let rule = "comprehensive_*.py=comprehensive_modules"

    func plan(_ paths: [String]) throws -> LayoutPlan {
        LayoutPlan(rules: [try LayoutRule(parsing: Self.rule)], paths: paths, package: Self.package)
    }

    @Test func case37NewSubpackageGetsAnInit() throws {
        let plan = try plan(["__init__.py", "comprehensive_greeks.py"])
        #expect(plan.newInitFiles == ["comprehensive_modules/__init__.py"])
        #expect(plan.conflicts.isEmpty)
    }

    @Test func case37ModuleOfTheFolderNameIsAConflict() throws {
        // comprehensive_modules.py matches the glob too: it would move into its own folder's name.
        let plan = try plan(["__init__.py", "comprehensive_greeks.py", "comprehensive_modules.py"])
        #expect(!plan.conflicts.isEmpty)
    }

    @Test func case37CaseCollisionIsFoundBeforeMoving() throws {
        let plan = try plan(["__init__.py", "Comprehensive_Greeks.py", "comprehensive_greeks.py"].map { $0 })
        // Only lower-case names match the glob; the moved one lands beside nothing, so no clash...
        #expect(!plan.conflicts.contains { if case .caseClash = $0 { return true } else { return false } })
        let both = LayoutPlan(rules: [try LayoutRule(parsing: "[Cc]omprehensive_*.py=comprehensive_modules")],
                              paths: ["__init__.py", "Comprehensive_Greeks.py", "comprehensive_greeks.py"], package: Self.package)
        #expect(both.conflicts.map(\.description) == [
            "comprehensive_modules/Comprehensive_Greeks.py: after the layout rules comprehensive_modules/Comprehensive_Greeks.py and "
                + "comprehensive_modules/comprehensive_greeks.py differ only in case, and one would overwrite the other on a "
                + "case-insensitive file system; rename one",
        ])
    }

    @Test func case38TheResolvedFileListIsShown() throws {
        let plan = try plan(["__init__.py", "comprehensive_greeks.py", "tests/comprehensive_check.py", "strategy.py"])
        // A bare glob matches at the package's top only: tests/ is left alone.
        #expect(plan.pathMoves.map(\.from) == ["comprehensive_greeks.py"])
    }

    @Test func case38StringNamedSubmodulesFollowTheLayout() throws {
        let files: [String: [UInt8]] = [
            "pkg/__init__.py": [],
            "pkg/comprehensive_greeks.py": Array("X = 1\n".utf8),
            "pkg/loader.py": Array("import importlib\nmod = importlib.import_module(\".comprehensive_greeks\", __package__)\n".utf8),
        ]
        let layout = LayoutPlan(rules: [try LayoutRule(parsing: Self.rule)], paths: ["__init__.py", "comprehensive_greeks.py", "loader.py"],
                                package: "pkg")
        let proposals = RewritePlanner(files: files, moves: layout.moves).proposals()
        #expect(proposals.contains { $0.path == "pkg/loader.py" && $0.kind == .codeString
            && $0.after.contains(".comprehensive_modules.comprehensive_greeks") }, "\(proposals.map { "\($0.kind) \($0.before) → \($0.after)" })")
    }
}

/// A moved file's relative import whose dots and path both change keeps its backslash
/// continuation (spec case 24, under layout rules).
@Suite struct ContinuedRelativeImportTests {
    @Test func dotsAndPathChangeAroundTheContinuation() throws {
        let files: [String: [UInt8]] = [
            "pkg/__init__.py": [],
            "pkg/enhanced_greeks.py": Array("Y = 1\n".utf8),
            "pkg/comprehensive_greeks.py": Array("from .\\\n    enhanced_greeks import Y\n".utf8),
        ]
        let layout = LayoutPlan(rules: [try LayoutRule(parsing: "comprehensive_*.py=comprehensive_modules"),
                                        try LayoutRule(parsing: "enhanced_*.py=enhanced_modules")],
                                paths: ["__init__.py", "enhanced_greeks.py", "comprehensive_greeks.py"], package: "pkg")
        let proposals = RewritePlanner(files: files, moves: layout.moves).proposals().filter { !$0.isOptional }
        let written = try ProposalApplier.apply(proposals.filter { $0.path == "pkg/comprehensive_greeks.py" },
                                                to: files["pkg/comprehensive_greeks.py"]!)
        #expect(String(decoding: written, as: UTF8.self) == "from ..\\\n    enhanced_modules.enhanced_greeks import Y\n")
    }
}
