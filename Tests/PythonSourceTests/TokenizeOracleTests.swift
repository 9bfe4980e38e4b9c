import ConvergeTestSupport
import Foundation
import PythonSource
import Testing

/// Python's own `tokenize` as an oracle: for a sample of the standard library, the
/// tokens other than layout must have the same kinds, bytes and lines (columns differ
/// by design: Python counts characters, converge counts bytes).
@Suite struct TokenizeOracleTests {
    /// Prints, for each path read from standard input, its tokens as
    /// `kind:hex-bytes@line`, or SKIP for files `tokenize` cannot read the same way
    /// (errors, error tokens, an encoding other than UTF-8: converge never decodes).
    static let script = """
        import tokenize, sys
        kinds = {tokenize.NEWLINE: "newline", tokenize.NL: "lineBreak", tokenize.COMMENT: "comment",
                 tokenize.STRING: "string", tokenize.NUMBER: "number", tokenize.NAME: "name", tokenize.OP: "operator"}
        for path in sys.stdin.read().split("\\n"):
            if not path:
                continue
            try:
                with open(path, "rb") as handle:
                    tokens = list(tokenize.tokenize(handle.readline))
                compile(open(path, "rb").read(), path, "exec")
            except Exception:
                print(path + "\\tSKIP")
                continue
            listed, skip = [], tokens[0].string != "utf-8"
            for token in tokens[1:]:
                if token.type in (tokenize.ENDMARKER, tokenize.INDENT, tokenize.DEDENT):
                    continue
                if token.type == tokenize.NEWLINE and token.string == "":
                    continue
                kind = kinds.get(token.type)
                skip = skip or kind is None
                if kind in ("newline", "lineBreak"):
                    listed.append("%s@%d" % (kind, token.start[0]))
                else:
                    listed.append("%s:%s@%d" % (kind, token.string.encode().hex(), token.start[0]))
            print(path + "\\t" + ("SKIP" if skip else " ".join(listed)))
        """

    /// The same listing from converge's tokens.
    static func listing(_ source: TokenizedSource) -> String {
        source.tokens.compactMap { token -> String? in
            switch token.kind {
            case .newline, .lineBreak:
                return "\(token.kind)@\(token.line)"
            case .whitespace, .continuation, .byteOrderMark:
                return nil
            default:
                let hex = source.bytes[token.range].map { String(format: "%02x", $0) }.joined()
                return "\(token.kind):\(hex)@\(token.line)"
            }
        }.joined(separator: " ")
    }

    @Test(.enabled(if: StandardLibraryTests.library != nil)) func tokensMatchPythonsTokenize() throws {
        let files = StandardLibraryTests.files
        let sample = stride(from: 7, to: files.count, by: max(1, files.count / 40)).map { files[$0] }
        let result = try Subprocess.run("python3", ["-c", Self.script], stdin: Array(sample.joined(separator: "\n").utf8))
        #expect(result.status == 0, "\(result.stderrText)")
        var compared = 0
        for row in result.stdoutText.split(separator: "\n") {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, fields[1] != "SKIP",
                  let data = FileManager.default.contents(atPath: String(fields[0])) else { continue }
            let ours = Self.listing(PythonTokenizer.tokenize([UInt8](data)))
            #expect(ours == String(fields[1]), "\(fields[0])")
            compared += 1
        }
        #expect(compared > 30)
    }
}
