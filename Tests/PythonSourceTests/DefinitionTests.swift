import PythonSource
import Testing

@Suite struct DefinitionTests {
    @Test func namesAndKinds() {
        let found = SourceAnalysis(PythonFixtures.definitions).definitions
        #expect(found.map(\.name) == [
            "os", "Detector", "VERSION", "A", "B", "first", "second", "third", "count", "handler",
            "Strategy", "fetch", "one_liner", "platform_name", "platform_name",
        ])
        #expect(found.map(\.kind) == [
            .import, .import, .assignment, .assignment, .assignment, .assignment, .assignment, .assignment,
            .assignment, .assignment, .class, .asyncFunction, .function, .function, .assignment,
        ])
        #expect(found.map(\.isConditional) == Array(repeating: false, count: 13) + [true, true])
    }

    @Test func rangesIncludeDecoratorsAndTheWholeBlock() throws {
        let analysis = SourceAnalysis(PythonFixtures.definitions)
        let strategy = try #require(analysis.definitions.first { $0.name == "Strategy" })
        let text = analysis.source.text(in: strategy.range)
        #expect(text.hasPrefix("@register\n@other("))
        #expect(text.hasSuffix("        return 1"))
        #expect(strategy.lines == 11...21)
        #expect(strategy.line == 15)
        #expect(analysis.source.text(in: strategy.nameRange) == "Strategy")
        let oneLiner = try #require(analysis.definitions.first { $0.name == "one_liner" })
        #expect(analysis.source.text(in: oneLiner.range) == "def one_liner(): return 1")
        let nested = try #require(analysis.definitions.first { $0.kind == .function && $0.name == "platform_name" })
        #expect(analysis.source.text(in: nested.range) == "def platform_name():\n        return \"windows\"")
    }

    @Test func assignmentTargets() {
        let text = """
            a.b = 1
            c[0] = 2
            d[key] = 3
            *e, f = 4, 5
            g == h
            i += 1
            j = k = l = 6
            m: int
            n, o = p, q = 7, 8
            type Alias = list[int]
            call(x=1)
            r = s[0] = 9

            """
        let names = SourceAnalysis(text).definitions.map(\.name)
        #expect(names == ["j", "k", "l", "n", "o", "p", "q", "Alias", "r"])
    }

    @Test func importsBindTheirNames() {
        let found = SourceAnalysis("import a.b.c\nimport d.e as f\nfrom g import h, i as j\nfrom k import *\n").definitions
        #expect(found.map(\.name) == ["a", "f", "h", "j"])
        #expect(found.map(\.line) == [1, 2, 3, 3])
    }

    @Test func blockEndsAtTheLastIndentedLine() throws {
        let text = "def f(x):\n    if x:\n        return [\n1,\n]\n\n    # trailing comment\n\nafter = 1\n"
        let analysis = SourceAnalysis(text)
        let function = try #require(analysis.definitions.first)
        #expect(analysis.source.text(in: function.range) == "def f(x):\n    if x:\n        return [\n1,\n]")
        #expect(function.lines == 1...5)
    }
}
