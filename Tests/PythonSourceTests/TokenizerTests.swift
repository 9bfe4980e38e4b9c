import Foundation
import PythonSource
import Testing

@Suite struct TokenizerTests {
    @Test func namesNumbersOperatorsAndLayout() {
        #expect(TokenAssertions.described("x = a.b(1, 2.5e-3)  # c\n") == [
            "name:x", "whitespace: ", "operator:=", "whitespace: ", "name:a", "operator:.", "name:b",
            "operator:(", "number:1", "operator:,", "whitespace: ", "number:2.5e-3", "operator:)",
            "whitespace:  ", "comment:# c", "newline:\n",
        ])
    }

    @Test(arguments: [
        ("0x_1F 0o17 0b1 1_000 .5 1. 1e10 1E+5j 3j", ["0x_1F", "0o17", "0b1", "1_000", ".5", "1.", "1e10", "1E+5j", "3j"]),
        ("1if x else 2", ["1", "if", "x", "else", "2"]),
        ("a**=b//=c>>=d<<=e->f:=g!=h<>i...", ["a", "**=", "b", "//=", "c", ">>=", "d", "<<=", "e", "->", "f",
                                             ":=", "g", "!=", "h", "<>", "i", "..."]),
    ])
    func splitsWords(_ text: String, _ expected: [String]) {
        #expect(TokenAssertions.codeTexts(text) == expected)
    }

    @Test(arguments: ["r", "b", "u", "f", "t", "rb", "br", "fr", "rf", "tr", "rt", "R", "B", "U", "F", "Rb", "bR", "fR", "Rf"])
    func everyStringPrefix(_ prefix: String) {
        for quote in ["'", "\"", "'''", "\"\"\""] {
            let literal = prefix + quote + "x" + quote
            #expect(TokenAssertions.codeTexts("v = \(literal)") == ["v", "=", literal])
        }
    }

    @Test func prefixLookalikesAreNames() {
        #expect(TokenAssertions.codeTexts("ur'x'") == ["ur", "'x'"])
        #expect(TokenAssertions.codeTexts("bb'x'") == ["bb", "'x'"])
        #expect(TokenAssertions.codeTexts("rf") == ["rf"])
    }

    @Test func tripleQuotedStringsSpanLinesAndHideCode() {
        let text = "s = '''a\n' '' \\''' \nimport x'''\nimport y\n"
        #expect(TokenAssertions.codeTexts(text) == ["s", "=", "'''a\n' '' \\''' \nimport x'''", "import", "y"])
    }

    @Test func escapedQuotesAndRawStrings() {
        #expect(TokenAssertions.codeTexts(#"a = "x\"y" + r"\"" + 'it\'s'"#) == ["a", "=", #""x\"y""#, "+", #"r"\"""#, "+", #"'it\'s'"#])
        #expect(TokenAssertions.codeTexts("a = 'one \\\ntwo'") == ["a", "=", "'one \\\ntwo'"])
    }

    @Test func newlineAgainstLineBreak() {
        let kinds = PythonTokenizer.tokenize("x = (1,\n  2)\n\n# only\ny = 3 \\\n  + 4\n").tokens
            .filter { [.newline, .lineBreak, .continuation].contains($0.kind) }.map(\.kind)
        #expect(kinds == [.lineBreak, .newline, .lineBreak, .lineBreak, .continuation, .newline])
    }

    @Test func lineEndsCRLFAndLoneCR() {
        let source = PythonTokenizer.tokenize("a = 1\r\nb = (2,\r3)\rc = 4")
        let ends = source.tokens.filter { $0.kind == .newline || $0.kind == .lineBreak }
        #expect(ends.map { source.text(in: $0.range) } == ["\r\n", "\r", "\r"])
        #expect(ends.map(\.kind) == [.newline, .lineBreak, .newline])
        let c = source.tokens.first { source.text(in: $0.range) == "c" }
        #expect(c?.line == 4 && c?.column == 1)
        #expect(source.lines.count == 4)
    }

    @Test func continuationWithCRLF() {
        #expect(TokenAssertions.described("from \\\r\n    x import y") == [
            "name:from", "whitespace: ", "continuation:\\\r\n", "whitespace:    ", "name:x", "whitespace: ",
            "name:import", "whitespace: ", "name:y",
        ])
    }

    @Test func semicolonsAreOperators() {
        #expect(TokenAssertions.codeTexts("import sys; from a import b") == ["import", "sys", ";", "from", "a", "import", "b"])
    }

    @Test func byteOrderMarkIsItsOwnToken() {
        let source = PythonTokenizer.tokenize([0xEF, 0xBB, 0xBF] + Array("import x\r\n".utf8))
        #expect(source.hasByteOrderMark)
        #expect(source.tokens.first?.kind == .byteOrderMark)
        #expect(source.tokens[1].kind == .name && source.tokens[1].column == 4)
    }

    @Test func nonASCIIBytesAreIdentifierBytes() {
        #expect(TokenAssertions.codeTexts("café = ﬁlter + 名前") == ["café", "=", "ﬁlter", "+", "名前"])
        let latin1: [UInt8] = Array("NAME = \"R".utf8) + [0xE9] + Array("gime\"  # \u{0}".utf8)
        TokenAssertions.expectRoundTrip(latin1)
    }

    @Test func codingCookie() {
        let source = PythonTokenizer.tokenize("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nimport x\n")
        #expect(source.encoding?.name == "latin-1")
        #expect(source.encoding?.normalizedName == "iso-8859-1")
        #expect(source.encoding?.line == 2)
        #expect(source.text(in: source.encoding!.range) == "latin-1")
        #expect(PythonTokenizer.tokenize("import x\n# coding: latin-1\n").encoding == nil, "line 1 is code")
        #expect(PythonTokenizer.tokenize("# vim: set fileencoding=utf8 :\n").encoding?.normalizedName == "utf-8")
        #expect(PythonTokenizer.tokenize("\n\n# coding: latin-1\n").encoding == nil, "only lines 1 and 2")
    }

    @Test func byteOrderMarkWithOtherCookieIsAProblem() {
        let source = PythonTokenizer.tokenize([0xEF, 0xBB, 0xBF] + Array("# coding: latin-1\n".utf8))
        #expect(source.problems.map(\.line) == [1])
    }

    @Test func formFeedAndTabsAreWhitespace() {
        #expect(TokenAssertions.described("\u{0C}\tx") == ["whitespace:\u{0C}\t", "name:x"])
    }

    @Test func positionsAreOneBasedByteColumns() {
        let source = PythonTokenizer.tokenize("é = 1\n  x")
        let x = source.tokens.last!
        #expect(x.line == 2 && x.column == 3)
        #expect(source.tokens[2].column == 4, "the '=' after the two bytes of é")
    }

    @Test func everyFixtureRoundTrips() {
        for fixture in PythonFixtures.all {
            TokenAssertions.expectRoundTrip(Array(fixture.text.utf8))
            #expect(PythonTokenizer.tokenize(fixture.text).problems.isEmpty, "\(fixture.name)")
            let crlf = fixture.text.replacingOccurrences(of: "\n", with: "\r\n")
            TokenAssertions.expectRoundTrip(Array(crlf.utf8))
        }
    }
}
