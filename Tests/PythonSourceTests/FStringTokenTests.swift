import PythonSource
import Testing

/// PEP 701 f-strings: a replacement field is code, so the string ends only at its own
/// closing quote, whatever the field holds.
@Suite struct FStringTokenTests {
    @Test(arguments: [
        #"f"{cfg["module"]}: from backtester_v2.market_regime import x""#,
        #"f"{f"{f"{x}"}"}""#,
        #"f"{x!r:>{width}.{precision}}""#,
        #"f"{'{'} {{literal}} {'}'}""#,
        #"f"{x = }""#,
        #"f"{a!=b}""#,
        #"f"{d['a']:%Y-%m-%d}""#,
        #"f'{a["b"]}'"#,
        #"f"\N{BULLET} {x}""#,
        #"rf"\{x}\N{y}""#,
        #"f"{lambda_ := 1}""#,
        "f'''{\n    value  # comment\n}'''",
        "f\"{1 +\n 2}\"",
        #"t"{name}""#,
        #"F"{x:{'"'}}""#,
    ])
    func formattedStringIsOneToken(_ literal: String) {
        let source = PythonTokenizer.tokenize("v = " + literal + " + 1\n")
        let texts = TokenAssertions.codeTexts("v = " + literal + " + 1\n")
        #expect(texts == ["v", "=", literal, "+", "1"])
        #expect(source.problems.isEmpty, "\(source.problems)")
    }

    @Test func unclosedFieldFallsBackToThePlainReading() {
        let source = PythonTokenizer.tokenize("a = f\"{x\"\nimport y\n")
        #expect(TokenAssertions.codeTexts("a = f\"{x\"\nimport y\n") == ["a", "=", "f\"{x\"", "import", "y"])
        #expect(source.problems.count == 1)
        #expect(source.problems.first?.position == SourcePosition(line: 1, column: 5))
    }

    @Test func deepNestingDoesNotRecurseForever() {
        let deep = String(repeating: "f\"{", count: 5_000) + "x" + String(repeating: "}\"", count: 5_000)
        TokenAssertions.expectRoundTrip(Array(deep.utf8))
        let spec = "f\"{x" + String(repeating: ":{y", count: 5_000)
        TokenAssertions.expectRoundTrip(Array(spec.utf8))
    }
}
