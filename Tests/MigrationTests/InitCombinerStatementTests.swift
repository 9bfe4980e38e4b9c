import Migration
import PythonSource
import Testing

/// Statements other than plain imports: docstrings, `__future__`, blocks, decorators,
/// and bindings decided by the base.
@Suite struct InitCombinerStatementTests {
    @Test func theSourceDocstringIsUsedWhenTheTargetHasNone() {
        let combined = combine("# comment\nfrom .a import A\n", "\"\"\"Doc.\"\"\"\nfrom .a import A\n")
        #expect(combined.text == "# comment\n\"\"\"Doc.\"\"\"\nfrom .a import A\n")
    }

    @Test func onlyMissingFutureNamesAreAdded() {
        let combined = combine("\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nimport os\n",
                               "from __future__ import annotations, division\n")
        #expect(combined.text == "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nfrom __future__ import division\nimport os\n")
    }

    @Test func blocksAndDecoratedDefinitionsAreUnits() {
        let shared = "if TYPE_CHECKING:\n    from .types import T\n"
        let decorated = "@cache\ndef helper():\n    return 1\n"
        // The closest preceding unit both have is the `if` block, whatever the target's order.
        let combined = combine(shared + "x = 1\n", "x = 1\n" + shared + decorated)
        #expect(combined.text == shared + decorated + "x = 1\n")
        #expect(combined.isClean)
    }

    @Test func differentDefinitionsOfOneFunctionConflict() {
        let combined = combine("def __getattr__(name):\n    raise AttributeError(name)\n",
                               "def __getattr__(name):\n    return _LAZY[name]\n")
        #expect(combined.conflicts.map(\.name) == ["__getattr__"])
        #expect(combined.text.hasPrefix("<<<<<<< target\ndef __getattr__(name):\n    raise"))
    }

    @Test func severalStatementsOnOneLineAreComparedAsText() {
        let combined = combine("import os; import sys\n", "import os; import sys\nimport re; import io\n")
        #expect(combined.text == "import os; import sys\nimport re; import io\n")
        #expect(combined.notes.count == 1)
    }

    @Test func withABaseTheSourcesNewBindingReplacesOnlyItsName() {
        let combined = InitCombiner(package: InitCombinerCase.package, moves: InitCombinerCase.packageMove).combine(
            target: Array("from .detector import RegimeDetector, detect\n".utf8),
            source: Array("from .legacy import RegimeDetector\nfrom .detector import detect\n".utf8),
            base: Array("from .detector import RegimeDetector, detect\n".utf8))
        #expect(String(decoding: combined.bytes, as: UTF8.self)
            == "from .detector import detect\nfrom .legacy import RegimeDetector\n")
        #expect(combined.isClean)
        #expect(combined.notes.contains { $0.contains("RegimeDetector") })
    }

    @Test func sourceLineEndsBecomeTheTargets() {
        let combined = combine("from .a import A\n", "from .a import A\r\nfrom .b import (\r\n    B,\r\n)\r\n")
        #expect(combined.text == "from .a import A\nfrom .b import (\n    B,\n)\n")
    }

    @Test func conflictsInTheMiddleReportTheirLines() {
        let combined = combine("import os\nfrom .a import X\nimport sys\n__version__ = \"1\"\n",
                               "from .b import X\n__version__ = \"2\"\n")
        #expect(combined.conflicts.map(\.name) == ["X", "__version__"])
        #expect(combined.conflicts.map(\.line) == [2, 8])
        let lines = combined.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(combined.conflicts.allSatisfy { lines[$0.line - 1] == "<<<<<<< target" })
    }

    @Test func anEmptyTargetGetsTheSourcesStatementsInOrder() {
        let source = "\"\"\"Doc.\"\"\"\nfrom __future__ import annotations\nfrom .a import A\n__all__ = [\"A\"]\n_setup()\n"
        #expect(combine("", source).text == source)
        #expect(combine(source, "").text == source)
    }

    @Test func commentsRightAboveAnAddedStatementComeWithIt() {
        let combined = combine("# header\nfrom .a import A\n",
                               "# header\nfrom .a import A\n\n# must come after A\nfrom .b import B  # why\n")
        #expect(combined.text == "# header\nfrom .a import A\n# must come after A\nfrom .b import B  # why\n")
    }

    @Test func aConflictingStatementStillAddsItsOtherNames() {
        let combined = combine("from .a import X\r\n", "from .b import X, Y\n")
        #expect(combined.text == "<<<<<<< target\r\nfrom .a import X\r\n=======\r\nfrom .b import X\r\n"
            + ">>>>>>> source\r\nfrom .b import Y\r\n")
        #expect(combined.conflicts.map(\.name) == ["X"])
    }

    private func combine(_ target: String, _ source: String) -> (text: String, conflicts: [ExportConflict],
                                                                  notes: [String], isClean: Bool) {
        let combined = InitCombiner(package: InitCombinerCase.package, moves: InitCombinerCase.packageMove)
            .combine(target: Array(target.utf8), source: Array(source.utf8))
        return (String(decoding: combined.bytes, as: UTF8.self), combined.conflicts, combined.notes, combined.isClean)
    }
}
