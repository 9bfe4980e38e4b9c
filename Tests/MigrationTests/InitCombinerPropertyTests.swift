import Migration
import PythonSource
import Testing

/// Properties every combination must have, whatever the input: combining again changes
/// nothing, and the target's bytes (line ends, BOM) are kept.
@Suite struct InitCombinerPropertyTests {
    static let cleanCases = InitCombinerSpecCases.all.filter { $0.conflicts.isEmpty }

    @Test(arguments: cleanCases)
    func combiningTheResultAgainChangesNothing(_ row: InitCombinerCase) {
        let combiner = InitCombiner(package: InitCombinerCase.package, moves: row.moves)
        let result = row.combine().bytes
        #expect(combiner.combine(target: result, source: result).bytes == result)
        let base = row.base.map { Array($0.utf8) }
        #expect(combiner.combine(target: result, source: Array(row.target.utf8), base: base).bytes == result)
        if row.base == nil {
            #expect(combiner.combine(target: result, source: Array(row.source.utf8)).bytes == result)
        }
    }

    @Test func combiningAFileWithItselfGivesItBack() {
        for row in InitCombinerSpecCases.all {
            let combiner = InitCombiner(package: InitCombinerCase.package, moves: row.moves)
            let target = Array(row.target.utf8)
            let result = combiner.combine(target: target, source: target)
            #expect(result.isClean)
            // The one exception: the target's own old module names are respelled.
            guard !row.target.contains("backtester_v2.market_regime") else { continue }
            #expect(String(decoding: result.bytes, as: UTF8.self) == row.target)
        }
    }

    @Test func crlfLineEndsAndTheBOMOfTheTargetAreKept() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let target = bom + Array("\"\"\"Doc.\"\"\"\r\nfrom .a import A\r\n__all__ = [\"A\"]\r\n".utf8)
        let source = bom + Array("from .a import A\nfrom .b import B\n__all__ = [\"A\", \"B\"]\n_setup()\n".utf8)
        let combined = combine(target, source)
        let expected = bom + Array(("\"\"\"Doc.\"\"\"\r\nfrom .a import A\r\nfrom .b import B\r\n"
            + "__all__ = [\"A\", \"B\"]\r\n_setup()\r\n").utf8)
        #expect(combined.bytes == expected)
    }

    @Test func aConflictIsReportedWithBothBindingsAndItsLine() {
        let combined = combine(Array("import os\n__version__ = \"3.5\"\n".utf8), Array("__version__ = \"3.6\"\n".utf8))
        #expect(combined.conflicts == [
            ExportConflict(name: "__version__", target: "__version__ = \"3.5\"", source: "__version__ = \"3.6\"", line: 2),
        ])
        #expect(!combined.isClean)
    }

    @Test func aDynamicAllIsReportedNotRewritten() {
        let target = "__all__ = [\"A\"]\n__all__ += indicators.__all__\n"
        let combined = combine(Array(target.utf8), Array("__all__ = [\"A\", \"B\"]\n".utf8))
        #expect(String(decoding: combined.bytes, as: UTF8.self) == target)
        #expect(combined.notes.contains { $0.contains("cannot be read") && $0.contains("B") })
        let fromSource = combine(Array("__all__ = [\"A\"]\n".utf8), Array("__all__ = [n for n in dir()]\n".utf8))
        #expect(String(decoding: fromSource.bytes, as: UTF8.self) == "__all__ = [\"A\"]\n")
        #expect(fromSource.notes.contains { $0.contains("source's __all__ cannot be read") })
    }

    @Test func addedStatementsAndDroppedDocstringsAreNoted() {
        let combined = combine(Array("\"\"\"A.\"\"\"\n".utf8), Array("\"\"\"B.\"\"\"\n_setup()\n".utf8))
        #expect(String(decoding: combined.bytes, as: UTF8.self) == "\"\"\"A.\"\"\"\n_setup()\n")
        #expect(combined.notes.count == 2)
    }

    @Test func aRegroupedSubmoduleMatchesItsNewName() {
        let moves = ModuleMoves([
            ModuleMove(old: "backtester_v2.market_regime", new: "backtester_v2.strategies.market_regime"),
            ModuleMove(old: "backtester_v2.market_regime.comprehensive_greeks",
                       new: "backtester_v2.strategies.market_regime.comprehensive_modules.comprehensive_greeks"),
        ])
        let combiner = InitCombiner(package: "backtester_v2.strategies.market_regime", moves: moves)
        let target = Array("from .comprehensive_modules.comprehensive_greeks import Greeks\n".utf8)
        let source = Array("from backtester_v2.market_regime.comprehensive_greeks import Greeks\n".utf8)
        #expect(combiner.combine(target: target, source: source).bytes == target)
    }

    private func combine(_ target: [UInt8], _ source: [UInt8]) -> InitCombination {
        InitCombiner(package: InitCombinerCase.package, moves: InitCombinerCase.packageMove)
            .combine(target: target, source: source)
    }
}
