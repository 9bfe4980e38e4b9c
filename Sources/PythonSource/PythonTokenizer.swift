/// Splits Python source bytes into tokens that cover every byte.
///
/// The tokenizer follows Python 3.12's rules (PEP 701 f-strings: the same quote, nested
/// f-strings, comments and line breaks inside replacement fields) and reads older code
/// the same way, since everything valid before 3.12 is tokenized alike. It never fails:
/// broken code still gives tokens, and each thing Python would reject at the tokenizer
/// level (an unterminated string, an unclosed bracket, a stray byte) becomes a
/// `SourceProblem` with its line and column. Bytes are never decoded.
public enum PythonTokenizer {
    /// Tokenizes `bytes`.
    /// - Complexity: O(n) in the size of the source.
    public static func tokenize(_ bytes: [UInt8]) -> TokenizedSource {
        bytes.withUnsafeBufferPointer { buffer in
            let lines = SourceLines(buffer)
            var scanner = TokenScanner(bytes: buffer, lines: lines)
            scanner.run()
            let start = scanner.hasByteOrderMark ? 3 : 0
            var problems = scanner.problems
            let encoding = EncodingDeclaration.find(in: buffer, lines: lines, start: start)
            if let encoding, scanner.hasByteOrderMark, encoding.normalizedName != "utf-8" {
                problems.append(SourceProblem(
                    message: "the file starts with a UTF-8 byte order mark but declares the encoding '\(encoding.name)'",
                    offset: encoding.range.lowerBound, position: lines.position(of: encoding.range.lowerBound)))
            }
            return TokenizedSource(
                bytes: bytes, tokens: scanner.tokens, problems: problems, encoding: encoding,
                hasByteOrderMark: scanner.hasByteOrderMark, lines: lines)
        }
    }

    /// Tokenizes UTF-8 text; a convenience for tests and callers that hold a `String`.
    public static func tokenize(_ text: String) -> TokenizedSource {
        tokenize(Array(text.utf8))
    }
}
