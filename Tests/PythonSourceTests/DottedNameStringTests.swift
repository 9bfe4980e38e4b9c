import PythonSource
import Testing

@Suite struct DottedNameStringTests {
    @Test func findsModuleLikeStringsWithTheirCalls() {
        let found = SourceAnalysis(PythonFixtures.dottedStrings).dottedNameStrings
        #expect(found.map(\.text) == [
            "backtester_v2.market_regime.detector",
            "backtester_v2.market_regime.detector.fetch_prices",
            "backtester_v2.market_regime.comprehensive_greeks.black_scholes",
            "backtester_v2.market_regime.utils.normalise",
            "...core.engine",
            "backtester_v2.market_regime.indicators",
            "backtester_v2.market_regime.",
        ], "SQL text, f-strings, bytes and joined strings are not dotted names")
        #expect(found.map(\.context) == [
            .assignment(target: "MODULE"),
            .callArgument(callee: "patch", position: 0, keyword: nil),
            .callArgument(callee: "mocker.patch", position: 0, keyword: nil),
            .callArgument(callee: "monkeypatch.setattr", position: 0, keyword: nil),
            .callArgument(callee: "importlib.import_module", position: 0, keyword: nil),
            .callArgument(callee: "importlib.import_module", position: nil, keyword: "package"),
            .callArgument(callee: "cls.__module__.startswith", position: 0, keyword: nil),
        ])
        #expect(found[4].relativeLevel == 3)
        #expect(found[6].hasTrailingDot)
        #expect(found.map(\.line) == [1, 3, 7, 8, 9, 9, 10])
    }

    @Test func rangesAndQuotes() throws {
        let analysis = SourceAnalysis("x = u'a.b'; y = '''c.d'''\nf(1, r\"e\", key = 'g.h')\n")
        let found = analysis.dottedNameStrings
        #expect(found.map { analysis.source.text(in: $0.range) } == ["u'a.b'", "'''c.d'''", "r\"e\"", "'g.h'"])
        #expect(found.map { analysis.source.text(in: $0.contentRange) } == ["a.b", "c.d", "e", "g.h"])
        #expect(found.map(\.quote) == [.single, .tripleSingle, .double, .single])
        #expect(found.map(\.prefix) == [.unicode, [], .raw, []])
        #expect(found.map(\.context) == [
            .assignment(target: "x"), .assignment(target: "y"),
            .callArgument(callee: "f", position: 1, keyword: nil),
            .callArgument(callee: "f", position: nil, keyword: "key"),
        ])
    }

    @Test(arguments: ["'a b'", "'a..b'", "'1a'", "'a-b'", "''", "'.'", "'a\\.b'", "f'a.b'", "b'a.b'", "'a.b' 'c'"])
    func notDottedNames(_ literal: String) {
        #expect(SourceAnalysis("x = \(literal)\n").dottedNameStrings.isEmpty)
    }

    @Test func partOfALargerArgumentIsOther() {
        let found = SourceAnalysis("f('a.b' + x, ['c.d'], {'e.f': 1})\nif ('g.h'): pass\n").dottedNameStrings
        #expect(found.map(\.context) == [.other, .other, .other, .other])
    }

    @Test func moduleNameDropsDots() {
        let found = SourceAnalysis("import_module('..a.b', package)\n").dottedNameStrings
        #expect(found.first?.moduleName == "a.b")
        #expect(found.first?.relativeLevel == 2)
    }
}
