import PythonSource
import Testing

@Suite struct ImportStatementTests {
    private func imports(_ text: String) -> (SourceAnalysis, [ImportStatement]) {
        let analysis = SourceAnalysis(text)
        return (analysis, analysis.imports)
    }

    @Test func relativeSpellings() {
        let (analysis, found) = imports(PythonFixtures.relativeImports)
        #expect(found.map(\.fromText) == [".market_regime", ".", ".market_regime", ".market_regime.utils",
                                          ".market_regime", "...", "....core.engine"])
        #expect(found.map(\.level) == [1, 1, 1, 1, 1, 3, 4])
        #expect(found.flatMap { $0.names.map(\.name.text) } == [
            "RegimeDetector", "market_regime", "RegimeDetector", "normalise", "registry", "config", "Engine",
        ])
        // `from . market_regime . utils`: the parts keep their own bytes, spaces between.
        let spaced = found[3]
        #expect(spaced.module?.parts.map { analysis.source.text(in: $0.range) } == ["market_regime", "utils"])
        #expect(analysis.source.text(in: spaced.module!.range) == "market_regime . utils")
        #expect(analysis.source.text(in: spaced.relativeDots!.range) == ".")
        // `from.market_regime`: no space after `from`.
        #expect(analysis.source.text(in: found[2].range) == "from.market_regime import RegimeDetector")
        // `from .\` continuation: the statement spans two lines.
        #expect(analysis.source.text(in: found[4].range) == "from .\\\n    market_regime import registry")
        #expect(found[4].line == 5)
        // `from ....` is `...` and `.` tokens; the dots' range covers both.
        #expect(analysis.source.text(in: found[6].relativeDots!.range) == "....")
        #expect(found.allSatisfy { $0.kind == .from && $0.problem == nil && $0.isTopLevel })
    }

    @Test func multiLineAndSeveralModules() throws {
        let (analysis, found) = imports(PythonFixtures.multiLineImports)
        #expect(found.count == 7)
        let parenthesised = found[0]
        #expect(parenthesised.module?.text == "backtester_v2.market_regime.detector")
        #expect(parenthesised.names.map(\.name.text) == ["RegimeDetector", "detect_regime"])
        #expect(parenthesised.names.map(\.boundName) == ["RegimeDetector", "detect"])
        #expect(analysis.source.text(in: try #require(parenthesised.names[1].alias).range) == "detect")
        #expect(analysis.source.text(in: parenthesised.names[1].range) == "detect_regime as detect")
        let parentheses = try #require(parenthesised.parentheses)
        #expect(analysis.source.bytes[parentheses.lowerBound] == UInt8(ascii: "("))
        #expect(analysis.source.bytes[parentheses.upperBound - 1] == UInt8(ascii: ")"))
        #expect(parenthesised.range.upperBound == parentheses.upperBound)
        #expect((found[0].line, found[1].line, found[2].line) == (1, 5, 7))
        #expect(found[1].module?.text == "backtester_v2.market_regime.detector")
        #expect(found[2].kind == .import)
        #expect(found[2].names.map(\.name.text) == ["backtester_v2.core.engine", "backtester_v2.market_regime.utils"])
        #expect(found[3].names.map(\.name.text) == ["os", "backtester_v2.market_regime.utils", "json"])
        #expect(found[3].boundNames == ["os", "mru", "json"])
        let parts = found[3].names[1].name.parts
        #expect(parts.map { analysis.source.text(in: $0.range) } == ["backtester_v2", "market_regime", "utils"])
        #expect(found[4].names.map(\.name.text) == ["sys"])
        #expect(found[5].module?.text == "backtester_v2.market_regime" && found[5].line == 10)
        #expect(found[6].star.map { analysis.source.text(in: $0) } == "*")
        #expect(found[6].names.isEmpty && found[6].boundNames.isEmpty)
    }

    @Test func importsAtEveryDepth() {
        let (_, found) = imports(PythonFixtures.nestedImports)
        #expect(found.map(\.line) == [1, 3, 4, 7, 9, 12, 16, 17, 18, 19, 20])
        #expect(found.map(\.depth) == [0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0])
        #expect(found.map(\.scope) == [.module, .module, .module, .module, .module, .function, .class,
                                       .module, .module, .module, .module])
        #expect(found[7].module?.text == "backtester_v2.market_regime.fast")
        #expect(found[8].module?.text == "backtester_v2.market_regime.slow")
        #expect(found.filter(\.isLazy).map(\.line) == [19, 20])
        #expect(found[9].names.first?.name.text == "backtester_v2.market_regime.detector")
    }

    @Test func stringsAndCommentsHoldNoImports() {
        let (_, found) = imports(PythonFixtures.importsInStrings)
        #expect(found.isEmpty)
    }

    @Test func byteRangesOfEveryPart() throws {
        let text = "import a.b.c as x, d\n"
        let (analysis, found) = imports(text)
        let statement = try #require(found.first)
        let source = analysis.source
        #expect(source.text(in: statement.range) == "import a.b.c as x, d")
        #expect(source.text(in: statement.names[0].name.range) == "a.b.c")
        #expect(statement.names[0].name.parts.map(\.range) == [7..<8, 9..<10, 11..<12])
        #expect(statement.names[0].alias?.range == 16..<17)
        #expect(statement.names[1].name.range == 19..<20)
        #expect(statement.boundNames == ["x", "d"])
    }

    @Test func keywordsInOtherPositionsAreNotImports() {
        let text = """
            def gen():
                yield from items
            raise Error from cause
            module = __import__("x")
            mod = importlib.import_module("x")
            from_ = 1; imports = 2
            lazy = 3

            """
        #expect(SourceAnalysis(text).imports.isEmpty)
    }

    @Test func compoundOneLiners() {
        let text = """
            try: import ujson as json
            except ImportError: import json
            class A: from . import b; import c
            with x: import d
            f = lambda: 0; import e

            """
        let found = SourceAnalysis(text).imports
        #expect(found.map { $0.names.first?.name.text } == ["ujson", "json", "b", "c", "d", "e"])
        #expect(found.map(\.depth) == [1, 1, 1, 1, 1, 0])
        #expect(found.map(\.scope) == [.module, .module, .class, .class, .module, .module])
    }

    @Test func malformedImportsAreReadInPart() {
        let found = SourceAnalysis("from . import\nimport a.\nfrom x import (a, b\nfrom import y\n").imports
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.problem != nil })
        #expect(found[1].names.first?.name.text == "a")
        #expect(found[3].problem?.message == "expected a module name after 'from'")
    }

    /// Spec case 8: dotted names are token sequences; case 54: trailing comments stay
    /// outside the statement's range.
    @Test func whitespaceInsideNamesAndTrailingComments() throws {
        let text = "from  a.b.c import D\nfrom a . b . utils import n  # noqa: F401\nfrom\ta.b import i\n"
        let analysis = SourceAnalysis(text)
        let found = analysis.imports
        #expect(found.map { $0.module?.text } == ["a.b.c", "a.b.utils", "a.b"])
        #expect(analysis.source.text(in: try #require(found[1].module).range) == "a . b . utils")
        #expect(analysis.source.text(in: found[1].range) == "from a . b . utils import n")
        #expect(found[2].module?.parts.first?.range.lowerBound == analysis.source.lines.starts[2] + 5)
    }

    @Test func crlfAndByteOrderMark() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("from \\\r\n    backtester_v2.market_regime import x\r\n".utf8)
        let analysis = SourceAnalysis(bytes: bytes)
        let statement = analysis.imports.first
        #expect(statement?.module?.text == "backtester_v2.market_regime")
        #expect(statement?.range.lowerBound == 3)
        #expect(statement?.module?.parts.first?.range.lowerBound == 3 + 12)
    }
}
