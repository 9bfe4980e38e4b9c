import Migration
import Testing

/// The line of every key of a TOML file, for `path:line:` in errors found after parsing.
@Suite struct TOMLDocumentTests {
    static let text = """
        # a comment with "quotes" and 'an apostrophe
        title = "x"          # [not.a.table]
        lines = \"\"\"
        one
        two = 3
        \"\"\"
        list = [
          1, # it's a comment
          "]", 'x',
        ]
        [diff.added]
        fg = "green"
        [ "ui" . "footer" . key ]
        bold = true
        [diff]
        removed = { fg = "red", bold = true }
        "conflict.target".fg = 'C:\\path'
        [[runs]]
        name = "first"
        after = 1
        """

    @Test(arguments: [
        (["title"], 2), (["lines"], 3), (["list"], 7), (["diff", "added"], 11), (["diff", "added", "fg"], 12),
        (["ui", "footer", "key"], 13), (["ui", "footer", "key", "bold"], 14), (["ui"], 13), (["diff"], 11),
        (["diff", "removed"], 16), (["diff", "removed", "fg"], 16), (["diff", "removed", "bold"], 16),
        (["diff", "conflict.target", "fg"], 17), (["runs", "name"], 19), (["runs", "after"], 20),
        (["diff", "added", "nothing"], 11), (["two"], nil),
    ]) func everyKeyHasItsLine(path: [String], line: Int?) throws {
        let document = try TOMLDocument(text: Self.text, path: "t.toml")
        #expect(document.line(of: path) == line)
    }

    @Test func syntaxErrorsCarryTheParsersLine() {
        do {
            _ = try TOMLDocument(text: "a = 1\nb = [\n", path: "t.toml")
            Issue.record("accepted")
        } catch {
            #expect(error.path == "t.toml" && error.line == 2, "\(error)")
            #expect(error.description.hasPrefix("t.toml:2: "))
        }
    }

    @Test func theFirstMistakeInTheFileComesFirst() {
        let mistakes = [TOMLDocumentError(path: "t", line: nil, message: "a"), TOMLDocumentError(path: "t", line: 9, message: "b"),
                        TOMLDocumentError(path: "t", line: 4, message: "c")]
        #expect(mistakes.firstInFile?.message == "c")
        #expect([TOMLDocumentError]().firstInFile == nil)
    }
}
