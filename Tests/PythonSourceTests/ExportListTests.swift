import PythonSource
import Testing

@Suite struct ExportListTests {
    @Test func staticAndDynamicForms() {
        let analysis = SourceAnalysis(PythonFixtures.exportLists)
        let lists = analysis.exportLists
        #expect(lists.map(\.operation) == [.assign, .augmentedAssign, .augmentedAssign, .extend, .append, .assign])
        #expect(lists.map { $0.entries.map(\.name) } == [["RegimeDetector", "detect"], ["VERSION"], [], ["EMA"], ["GREEKS"], []])
        #expect(lists.map(\.isDynamic) == [false, false, true, false, false, true])
        #expect(lists.map(\.line) == [1, 2, 3, 4, 5, 6])
        #expect(analysis.hasDynamicExportList)
    }

    @Test func entryRanges() throws {
        let analysis = SourceAnalysis("__all__ = ['a', \"b\",\n    r'c',  # comment\n]\n")
        let entries = try #require(analysis.exportLists.first).entries
        #expect(entries.map { analysis.source.text(in: $0.range) } == ["'a'", "\"b\"", "r'c'"])
        #expect(entries.map { analysis.source.text(in: $0.contentRange) } == ["a", "b", "c"])
        #expect(analysis.exportLists.first?.range == 0..<(analysis.source.bytes.count - 1))
    }

    @Test(arguments: [
        ("__all__ = ('a', 'b')", ["a", "b"], false),
        ("__all__ = 'a', 'b',", ["a", "b"], false),
        ("__all__ = ['a'] + ['b'] + ('c',)", ["a", "b", "c"], false),
        ("__all__ = list(('a', 'b'))", ["a", "b"], false),
        ("__all__ = tuple(['a']) + list()", ["a"], false),
        ("__all__: list[str] = ['a']", ["a"], false),
        ("__all__ = []", [], false),
        ("__all__ = other.__all__ + ['a']", ["a"], true),
        ("__all__ = ['a'] + sub.__all__", ["a"], true),
        ("__all__ = ['a', *more]", ["a"], true),
        ("__all__ = [f'a', b'b', 'c' 'd', 'e\\x41']", [], true),
        ("__all__ = sorted(names)", [], true),
        ("__all__ = [1, 'a']", ["a"], true),
        ("__all__.extend(('a', 'b'))", ["a", "b"], false),
        ("__all__.extend(sub.__all__)", [], true),
        ("__all__.remove('a')", ["a"], false),
    ])
    func readsEachForm(_ text: String, _ names: [String], _ dynamic: Bool) throws {
        let list = try #require(SourceAnalysis(text).exportLists.first)
        #expect(list.entries.map(\.name) == names)
        #expect(list.isDynamic == dynamic)
    }

    @Test func selfConcatenationExtends() {
        let analysis = SourceAnalysis("__all__ = ['a']\n__all__ = __all__ + ['b']\n__all__.remove('a')\n")
        #expect(analysis.exportLists.map(\.operation) == [.assign, .augmentedAssign, .remove])
        #expect(analysis.exportedNames == ["b"])
    }

    @Test func onlyModuleScopeCounts() {
        let text = """
            def f():
                __all__ = ['local']
            class A:
                __all__ = ['attribute']
            if True:
                __all__ = ['conditional']
            print(__all__)
            __all__[0] = 'x'

            """
        let lists = SourceAnalysis(text).exportLists
        #expect(lists.map { $0.entries.map(\.name) } == [["conditional"]])
        #expect(lists.first?.depth == 1)
        #expect(SourceAnalysis("x = 1\n").exportedNames == nil)
    }
}
