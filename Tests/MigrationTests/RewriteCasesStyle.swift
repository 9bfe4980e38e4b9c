import Migration
import Testing

/// Spec case 31: each import keeps its style by default; converting escaping relative
/// imports to absolute is an optional group, accepted by `absoluteImports` or forced
/// by a configured ruff TID252 ban for the rewrites the ban would reject.
extension RewriteFixture {
    static let topInit = "backtester_v2/__init__.py"
    /// A rewrite that stays at one dot (`.strategies`) and one that needs three.
    static let styleFiles = [topInit: "from . import market_regime\n", detector: "from ..core.engine import Engine\n"]
    static let pyprojectParents = """
        [tool.ruff.lint]
        select = [
            "E",
            "TID252",  # relative imports
        ]

        [tool.ruff.lint.flake8-tidy-imports]
        ban-relative-imports = "parents"

        """
    static let ruffAll = "extend-select = [\"TID\"]\n\n[flake8-tidy-imports]\nban-relative-imports = 'all'\n"

    static func styleCase(_ name: String, config: [String: String] = [:], absoluteImports: Bool = false,
                          top: String, detector: String, mustPropose: [String] = []) -> RewriteFixture {
        RewriteFixture(name: name, files: styleFiles.merging(config) { $1 },
                       expected: [topInit: top, newDetector: detector], mustPropose: mustPropose,
                       absoluteImports: absoluteImports)
    }

    static let styleCases: [RewriteFixture] = [
        styleCase("31 default keeps each style and offers absolute as an optional group",
                  top: "from .strategies import market_regime\n", detector: "from ...core.engine import Engine\n",
                  mustPropose: ["\(topInit):1 code: . → backtester_v2.strategies",
                                "\(detector):1 code: ..core.engine → backtester_v2.core.engine"]),
        styleCase("31 ruff TID252 parents writes only multi-dot rewrites as absolute",
                  config: ["pyproject.toml": pyprojectParents],
                  top: "from .strategies import market_regime\n", detector: "from backtester_v2.core.engine import Engine\n"),
        styleCase("31 ruff TID252 all writes every relative rewrite as absolute", config: ["ruff.toml": ruffAll],
                  top: "from backtester_v2.strategies import market_regime\n",
                  detector: "from backtester_v2.core.engine import Engine\n"),
        styleCase("31 ruff TID252 not selected keeps relative imports",
                  config: [".ruff.toml": "[lint.flake8-tidy-imports]\nban-relative-imports = \"all\"\n"],
                  top: "from .strategies import market_regime\n", detector: "from ...core.engine import Engine\n"),
        styleCase("31 absoluteImports accepts the optional group", absoluteImports: true,
                  top: "from backtester_v2.strategies import market_regime\n",
                  detector: "from backtester_v2.core.engine import Engine\n"),
        splitCase("4+31 a relative split keeps its style by default", "from ..strategies import market_regime as mr\n",
                  mustPropose: ["\(routes):1 code: from .. import core, market_regime as mr → from .. import core\n"
                                + "from backtester_v2.strategies import market_regime as mr"]),
        splitCase("4+31 ruff TID252 parents spells the rewritten part of a split absolute",
                  config: ["pyproject.toml": pyprojectParents], "from backtester_v2.strategies import market_regime as mr\n"),
        splitCase("4+31 absoluteImports spells the rewritten part of a split absolute", absoluteImports: true,
                  "from backtester_v2.strategies import market_regime as mr\n"),
    ]

    /// Spec case 4 written relative, under each style policy: the part that keeps its
    /// package keeps its text (`from .. import core`), the moved part follows the policy.
    static func splitCase(_ name: String, config: [String: String] = [:], absoluteImports: Bool = false, _ moved: String,
                          mustPropose: [String] = []) -> RewriteFixture {
        RewriteFixture(name: name, files: [routes: "from .. import core, market_regime as mr\n"].merging(config) { $1 },
                       expected: [routes: "from .. import core\n" + moved], mustPropose: mustPropose,
                       absoluteImports: absoluteImports)
    }
}

@Suite struct RewriteStyleTests {
    @Test func theAbsoluteGroupIsOffByDefaultAndNamed() {
        let tree = RewriteFixture.styleCase("31", top: "", detector: "").tree
        let proposals = RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.packageMove))
        let optional = proposals.filter(\.isOptional)
        #expect(optional.count == 2)
        #expect(optional.allSatisfy { $0.kind == .code && $0.defaultChoice == .off && !$0.isAcceptedByDefault })
        #expect(optional.allSatisfy { $0.reason == "style: convert escaping relative import to absolute" })
        #expect(proposals.filter { !$0.isOptional }.allSatisfy { $0.isAcceptedByDefault })
    }

    @Test func intraPackageRelativeImportsGetNoGroupProposal() {
        let tree = RewriteFixture.oneFile("25", RewriteFixture.detector, "from .utils import normalise\n", "").tree
        #expect(RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.packageMove)).isEmpty)
    }

    @Test func acceptingTheGroupLeavesNoOptionalProposal() {
        let tree = RewriteFixture.styleCase("31", top: "", detector: "").tree
        let proposals = RewriteRun.plan(tree, moves: ModuleMoves(RewriteFixture.packageMove), absoluteImports: true)
        #expect(proposals.count == 2)
        #expect(proposals.allSatisfy { $0.isAcceptedByDefault && !$0.after.hasPrefix(".") })
    }
}
