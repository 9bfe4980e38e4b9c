import PythonSource
import Testing

/// Helpers that keep tokenizer tests short: the tokens as (kind, text) pairs without
/// layout, and a round-trip check every test can run.
enum TokenAssertions {
    /// The significant tokens of `text` as their texts.
    static func codeTexts(_ text: String) -> [String] {
        let source = PythonTokenizer.tokenize(text)
        return source.tokens.indices.filter { source.tokens[$0].kind.isSignificant }.map { source.text(ofToken: $0) }
    }

    /// Every token of `text` as `kind:text`, layout included.
    static func described(_ text: String) -> [String] {
        let source = PythonTokenizer.tokenize(text)
        return source.tokens.indices.map { "\(source.tokens[$0].kind):\(source.text(ofToken: $0))" }
    }

    /// Whether the tokens cover the bytes exactly: non-empty, adjacent, in order, and
    /// with line:column matching their offsets.
    static func coversEveryByte(_ source: TokenizedSource) -> Bool {
        var offset = 0, line = 1
        let starts = source.lines.starts
        for token in source.tokens {
            while line < starts.count && starts[line] <= offset { line += 1 }
            guard token.range.lowerBound == offset, !token.range.isEmpty, token.line == line,
                  token.column == offset - starts[line - 1] + 1 else { return false }
            offset = token.range.upperBound
        }
        return offset == source.bytes.count
    }

    static func expectRoundTrip(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let source = PythonTokenizer.tokenize(bytes)
        #expect(coversEveryByte(source), sourceLocation: sourceLocation)
        let joined = source.tokens.flatMap { bytes[$0.range] }
        #expect(joined == bytes, sourceLocation: sourceLocation)
    }
}
