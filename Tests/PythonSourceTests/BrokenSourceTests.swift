import PythonSource
import Testing

/// Broken code still gives tokens that cover every byte, and each problem has a place.
@Suite struct BrokenSourceTests {
    private func problems(_ text: String) -> [String] {
        let source = PythonTokenizer.tokenize(text)
        TokenAssertions.expectRoundTrip(Array(text.utf8))
        return source.problems.map(\.description)
    }

    @Test func unterminatedStringEndsAtTheLineEnd() {
        #expect(problems("a = 'open\nimport x\n") == ["1:5: unterminated string literal"])
        #expect(TokenAssertions.codeTexts("a = 'open\nimport x\n") == ["a", "=", "'open", "import", "x"])
        let source = PythonTokenizer.tokenize("a = 'open\n")
        #expect(source.tokens[4].isUnterminated)
    }

    @Test func unterminatedTripleQuoteRunsToTheEnd() {
        #expect(problems("x = 1\ns = \"\"\"doc\nimport y\n") == ["2:5: unterminated triple-quoted string literal"])
    }

    @Test func unbalancedBrackets() {
        #expect(problems("a = (1, 2]\n") == ["1:10: closing ']' does not match the opening '(' at 1:5"])
        #expect(problems("a = 1)\n") == ["1:6: unmatched ')'"])
        #expect(problems("a = [1,\n") == ["1:5: '[' was never closed"])
    }

    @Test func unclosedBracketDoesNotHideLaterStatements() {
        let text = "x = foo(1,\n\ndef bar():\n    import os\nfrom a import b\n"
        #expect(problems(text) == ["1:8: '(' was never closed"])
        let analysis = SourceAnalysis(text)
        #expect(analysis.imports.map(\.line) == [4, 5])
        #expect(analysis.definitions.map(\.name).contains("bar"))
    }

    @Test func strayBytes() {
        #expect(problems("a = $b ? `c`\n") == [
            "1:5: unexpected character '$' in Python code", "1:8: unexpected character '?' in Python code",
            "1:10: unexpected character '`' in Python code", "1:12: unexpected character '`' in Python code",
        ])
        #expect(problems("a = 1 \\ b\n") == ["1:7: unexpected character after line continuation character"])
        #expect(problems("a\u{0}b") == ["1:2: unexpected character 0x00 in Python code"])
        #expect(problems("x = \\") == ["1:5: unexpected end of file after line continuation character"])
    }

    @Test func emptyAndTinySources() {
        for text in ["", "\n", "\r", "\r\n", "'", "\"\"\"", "f'{", "#", "\\", "(", ")", "\u{FEFF}"] {
            TokenAssertions.expectRoundTrip(Array(text.utf8))
            _ = SourceAnalysis(text)
        }
    }
}
