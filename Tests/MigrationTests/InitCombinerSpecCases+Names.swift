import Migration
import PythonSource

/// Spec case 59's NFKC rule: Python normalises identifiers, so names that differ only
/// by compatibility characters (`ﬁ`, fullwidth, mathematical letters) are one name in
/// bindings, `__all__` entries and lazy-map keys; what is written keeps the target's
/// spelling.
extension InitCombinerSpecCases {
    static let normalisedNames: [InitCombinerCase] = [
        InitCombinerCase(
            name: "59 NFKC: ligature ﬁlter and filter are one binding",
            target: "from .utils import \u{FB01}lter\n",
            source: "from backtester_v2.market_regime.utils import filter\n",
            expected: "from .utils import \u{FB01}lter\n"),
        InitCombinerCase(
            name: "59 NFKC: a mathematical bold name bound elsewhere is a conflict, not an addition",
            target: "from .a import \u{1D417}\n",
            source: "from .b import X\n",
            expected: "<<<<<<< target\nfrom .a import \u{1D417}\n=======\nfrom .b import X\n>>>>>>> source\n",
            conflicts: ["X"]),
        InitCombinerCase(
            name: "59 NFKC: __all__ entries compare normalised",
            target: "__all__ = [\"\u{FB01}lter\"]\n",
            source: "__all__ = [\"filter\", \"B\"]\n",
            expected: "__all__ = [\"\u{FB01}lter\", \"B\"]\n"),
        InitCombinerCase(
            name: "59 NFKC: fullwidth lazy-map keys compare normalised",
            target: "_LAZY = {\"ｆｉｌｔｅｒ\": \".f\"}\n",
            source: "_LAZY = {\"filter\": \".f\", \"B\": \".b\"}\n",
            expected: "_LAZY = {\"ｆｉｌｔｅｒ\": \".f\", \"B\": \".b\"}\n"),
    ]
}
