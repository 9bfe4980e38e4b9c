import Migration
import PythonSource
import Testing

/// One case of `shared/spec/import-rewrite-cases.md` as a fixture: a small tree (the
/// spec's example tree plus the case's files), the moves, and the expected files
/// after every default-accepted proposal is applied (at their new paths).
struct RewriteFixture: CustomTestStringConvertible, Sendable {
    var name: String
    var files: [String: String]
    var moves: [ModuleMove] = RewriteFixture.packageMove
    /// New path → expected contents; files not listed are not checked.
    var expected: [String: String]
    /// `path:line kind: before → after` of proposals that must be among the plan.
    var mustPropose: [String] = []
    var kinds: Set<ProposalKind> = [.code, .codeString, .config, .flag]
    /// Accept the optional group that writes escaping relative imports as absolute.
    var absoluteImports = false

    var testDescription: String { name }

    /// Whether the user's defaults write the proposal: docs count as accepted when the
    /// case asks for docs, but an optional group never does unless it was accepted.
    func applies(_ proposal: Proposal) -> Bool {
        proposal.isAcceptedByDefault || (kinds.contains(.docs) && proposal.kind == .docs)
    }

    static let old: ModuleName = "backtester_v2.market_regime"
    static let new: ModuleName = "backtester_v2.strategies.market_regime"
    static let packageMove = [ModuleMove(old: old, new: new)]
    /// The package move plus the spec's REGROUP of `comprehensive_*.py`.
    static let regroup = packageMove + ["comprehensive_greeks", "comprehensive_triple_straddle"].map {
        ModuleMove(old: old.appending(ModuleName($0)),
                   new: new.appending(ModuleName("comprehensive_modules.\($0)")))
    }

    /// The spec's example tree (section 0), with just enough definitions for strings
    /// to be checked against.
    static let exampleTree: [String: String] = [
        "backtester_v2/__init__.py": "",
        "backtester_v2/config.py": "",
        "backtester_v2/utils.py": "def normalise(x): return x\n",
        "backtester_v2/core/engine.py": "class Engine: pass\n",
        "backtester_v2/api/regime_routes.py": "",
        "backtester_v2/strategies/__init__.py": "",
        "backtester_v2/strategies/utils.py": "def normalise(x): return x\n",
        "backtester_v2/strategies/tbs/strategy.py": "",
        "backtester_v2/market_regime/__init__.py": "from .detector import RegimeDetector\n",
        "backtester_v2/market_regime/detector.py":
            "VERSION = 1\nclass RegimeDetector: pass\ndef fetch_prices(): pass\ndef load_config(): pass\n",
        "backtester_v2/market_regime/utils.py": "def normalise(x): return x\n",
        "backtester_v2/market_regime/registry.py": "",
        "backtester_v2/market_regime/comprehensive_greeks.py": "class ComprehensiveGreeks: pass\ndef black_scholes(): pass\n",
        "backtester_v2/market_regime/comprehensive_triple_straddle.py": "",
        "backtester_v2/market_regime/indicators/__init__.py": "",
        "backtester_v2/market_regime/indicators/ema.py": "class EMA: pass\n",
        "tests/market_regime/test_detector.py": "",
    ]

    /// The whole tree: the example tree with the case's files over it.
    var tree: [String: [UInt8]] {
        var tree = Self.exampleTree.mapValues { Array($0.utf8) }
        for (path, text) in files { tree[path] = Array(text.utf8) }
        return tree
    }
}

/// Planning and applying over a tree of bytes, as the tests need it.
enum RewriteRun {
    /// The proposals for a tree holding Python and other files.
    static func plan(_ tree: [String: [UInt8]], moves: ModuleMoves,
                     kinds: Set<ProposalKind> = [.code, .codeString, .config, .flag],
                     absoluteImports: Bool = false) -> [Proposal] {
        let isPython = { (path: String) in path.hasSuffix(".py") || path.hasSuffix(".pyi") }
        return RewritePlanner(files: tree.filter { isPython($0.key) }, otherFiles: tree.filter { !isPython($0.key) },
                              moves: moves, kinds: kinds, absoluteImports: absoluteImports).proposals()
    }

    /// The tree after applying every proposal but flags (pass only the accepted
    /// ones), files at their new paths.
    static func apply(_ proposals: [Proposal], to tree: [String: [UInt8]], moves: ModuleMoves) throws -> [String: [UInt8]] {
        let layout = RewriteLayout(paths: tree.keys, moves: moves)
        let byPath = Dictionary(grouping: proposals.filter { $0.kind != .flag }, by: \.path)
        var result: [String: [UInt8]] = [:]
        for (path, bytes) in tree {
            result[layout.newPath(of: path)] = try ProposalApplier.apply(byPath[path] ?? [], to: bytes)
        }
        return result
    }

    static func line(_ proposal: Proposal) -> String {
        "\(proposal.path):\(proposal.line) \(proposal.kind.rawValue): \(proposal.before) → \(proposal.after)"
    }
}
