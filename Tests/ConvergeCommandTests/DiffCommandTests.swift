import ConvergeTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `converge diff OLD NEW` run as a user runs it: exit 0 same, 1 different, 2 trouble;
/// a unified diff that `patch` and `git apply` accept; one-line errors.
@Suite struct DiffCommandTests {
    @Test func identicalFilesExitZeroWithNoOutput() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\ntwo\n")
        let b = try folder.write("b.txt", "one\ntwo\n")
        let result = try Subprocess.converge(["diff", a, b])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func differentFilesExitOneWithAUnifiedDiffLabelledWithThePaths() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\ntwo\nthree\n")
        let b = try folder.write("b.txt", "one\n2\nthree\nfour")
        let result = try Subprocess.converge(["diff", a, b])
        #expect(result.status == 1)
        #expect(result.stdoutText == """
            --- \(a)
            +++ \(b)
            @@ -1,3 +1,4 @@
             one
            -two
            +2
             three
            +four
            \\ No newline at end of file

            """)
        #expect(result.stderr.isEmpty)
    }

    @Test func bytesReachStandardOutputUnchanged() throws {
        let folder = try TemporaryFolder()
        let old: [UInt8] = Array("a\r\n\0\u{FF}\r\nc".utf8) + [0xFF, 0xFE]
        let new: [UInt8] = Array("a\r\n\0\u{FF}\nc".utf8) + [0xFF, 0xFE, 0x0A]
        try folder.write("old", old)
        try folder.write("new", new)
        let result = try Subprocess.converge(["diff", "--text", "old", "new"], directory: folder.path)
        #expect(result.status == 1)
        let expected = Array("--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\r\n-\0\u{FF}\r\n-c".utf8) + [0xFF, 0xFE]
            + Array("\n\\ No newline at end of file\n+\0\u{FF}\n+c".utf8) + [0xFF, 0xFE, 0x0A]
        #expect(TextLines.difference(result.stdout, expected) == nil)
    }

    @Test func standardInputIsReadForADash() throws {
        let folder = try TemporaryFolder()
        let b = try folder.write("b.txt", "x\ny\n")
        let result = try Subprocess.converge(["diff", "-", b], stdin: Array("x\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdoutText == "--- -\n+++ \(b)\n@@ -1 +1,2 @@\n x\n+y\n")
    }

    // MARK: - Options

    /// `-u N` gives exactly GNU `diff -U N`'s hunks.
    @Test(arguments: [0, 1, 2, 3, 7])
    func contextOptionMatchesGNUDiff(context: Int) throws {
        let old = (1...30).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 5\n", with: "five\n")
            .replacingOccurrences(of: "line 10\n", with: "")
            .replacingOccurrences(of: "line 20\n", with: "line 20\nnew\n")
        let folder = try TemporaryFolder()
        try folder.write("old", old)
        try folder.write("new", new)
        let ours = try Subprocess.converge(["diff", "-u", "\(context)", "old", "new"], directory: folder.path)
        let gnu = try Subprocess.run("diff", ["-U", "\(context)", "--label", "old", "--label", "new", "old", "new"],
                                     directory: folder.path)
        #expect(ours.status == 1)
        #expect(ours.stdoutText == gnu.stdoutText)
    }

    /// The case of `bench/PEERS.md` where git's Myers needs 28 edits: `--minimal` finds 26.
    @Test func minimalFindsTheSmallestDiffOfTheTrap() throws {
        let folder = try TemporaryFolder()
        let unique = (1...10).map { "unique \($0)\n" }
        try folder.write("old", (unique[..<5] + ["X\n"] + unique[5...]).joined())
        try folder.write("new", String(repeating: "X\n", count: 8) + "v\n" + String(repeating: "X\n", count: 8))
        let result = try Subprocess.converge(["diff", "--minimal", "old", "new"], directory: folder.path)
        #expect(result.status == 1)
        let edits = result.stdoutText.split(separator: "\n").dropFirst(2).filter { $0.first == "-" || $0.first == "+" }
        #expect(edits.count == 26)
        let stat = try Subprocess.converge(["diff", "--minimal", "--stat", "old", "new"], directory: folder.path)
        #expect(stat.stdoutText == " 1 file changed, 16 insertions(+), 10 deletions(-)\n")
    }

    /// `--stat` prints what `git diff --shortstat` prints (singular words, zero counts left out).
    @Test(arguments: [
        Texts("a\nb\n", "a\nB\n"), Texts("a\n", "a\nb\nc\n"), Texts("a\nb\n", "b\n"),
        Texts("a\nb\nc\nd\n", "a\nx\n"), Texts("a\n", "b\nc\nd\n"),
    ])
    func statMatchesGitShortstat(texts: Texts) throws {
        let folder = try TemporaryFolder()
        try folder.write("old", texts.old)
        try folder.write("new", texts.new)
        let ours = try Subprocess.converge(["diff", "--stat", "old", "new"], directory: folder.path)
        let git = try Subprocess.run("git", ["diff", "--no-index", "--shortstat", "old", "new"], directory: folder.path)
        #expect(ours.status == 1)
        #expect(ours.stdoutText == git.stdoutText)
    }

    struct Texts: Sendable, CustomTestStringConvertible {
        var old: String
        var new: String
        init(_ old: String, _ new: String) { self.old = old; self.new = new }
        var testDescription: String { "\(old.debugDescription) → \(new.debugDescription)" }
    }

    @Test func statOfIdenticalFilesPrintsNothing() throws {
        let folder = try TemporaryFolder()
        try folder.write("old", "a\n")
        let result = try Subprocess.converge(["diff", "--stat", "old", "old"], directory: folder.path)
        #expect(result.status == 0)
        #expect(result.stdoutText == "", "as git diff --shortstat")
    }

    /// The output, saved and applied by a user with git-style `a/` `b/` paths.
    @Test(arguments: PatchTool.allCases.filter(\.isInstalled))
    func outputAppliesWithStripOne(tool: PatchTool) throws {
        let folder = try TemporaryFolder()
        let old: [UInt8] = Array("keep\r\nold line\r\nkeep\nlast".utf8)
        let new: [UInt8] = Array("keep\r\nnew line\nkeep\nlast\n".utf8)
        try FileManager.default.createDirectory(atPath: folder.file("a/pkg"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("b/pkg"), withIntermediateDirectories: true)
        try folder.write("a/pkg/f.py", old)
        try folder.write("b/pkg/f.py", new)
        let diff = try Subprocess.converge(["diff", "a/pkg/f.py", "b/pkg/f.py"], directory: folder.path)
        #expect(diff.status == 1)
        let outcome = try tool.apply([PatchTool.Case(old: old, diff: diff.stdout, path: "pkg/f.py", strip: 1)])[0]
        #expect(outcome.status == 0, "\(outcome.log)")
        #expect(TextLines.difference(outcome.result, new) == nil)
    }

    // MARK: - Trouble: exit 2, one line on standard error, nothing on standard output

    @Test func missingFileIsOneLineAndExitTwo() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\n")
        let result = try Subprocess.converge(["diff", a, folder.file("missing.txt")])
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: \(folder.file("missing.txt")): no such file\n")
        let first = try Subprocess.converge(["diff", folder.file("missing.txt"), a])
        #expect(first.status == 2)
        #expect(first.stderrText == "converge: \(folder.file("missing.txt")): no such file\n")
        #expect(result.stdout.isEmpty && first.stdout.isEmpty)
    }

    @Test func aFolderIsOneLineAndExitTwo() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\n")
        let result = try Subprocess.converge(["diff", folder.path, a])
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: \(folder.path): is a folder, not a file\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(.enabled(if: getuid() != 0, "root reads files whatever their mode"))
    func anUnreadableFileIsOneLineAndExitTwo() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\n")
        let locked = try folder.write("locked.txt", "two\n")
        #expect(chmod(locked, 0) == 0)
        defer { chmod(locked, 0o644) }
        let result = try Subprocess.converge(["diff", a, locked])
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: \(locked): permission denied\n")
        #expect(result.stdout.isEmpty)
    }

    @Test(arguments: [["-u", "abc"], ["-u", "-1"], ["-u=-1"], ["-u", "1.5"]])
    func aBadContextValueIsOneLineAndExitTwo(option: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("a", "x\n")
        try folder.write("b", "y\n")
        let result = try Subprocess.converge(["diff"] + option + ["a", "b"], directory: folder.path)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrText.filter { $0 == "\n" }.count == 1, "one line, got: \(result.stderrText)")
        #expect(result.stderrText.contains("-u"), "the message names the option")
    }

    /// Binary files (a NUL byte in the first 8000 bytes) are compared whole, as GNU
    /// diff does; `-a` shows them line by line.
    @Test func binaryFilesAreReportedNotShown() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.bin", [0x61, 0x00, 0x62, 0x0A])
        try folder.write("b.bin", [0x61, 0x00, 0x63, 0x0A])
        let differ = try Subprocess.converge(["diff", "a.bin", "b.bin"], directory: folder.path)
        #expect(differ.status == 1)
        #expect(differ.stdoutText == "Binary files a.bin and b.bin differ\n")
        let same = try Subprocess.converge(["diff", "a.bin", "a.bin"], directory: folder.path)
        #expect(same.status == 0)
        #expect(same.stdout.isEmpty)
        let text = try Subprocess.converge(["diff", "-a", "a.bin", "b.bin"], directory: folder.path)
        #expect(text.status == 1)
        #expect(text.stdout == Array("--- a.bin\n+++ b.bin\n@@ -1 +1 @@\n-a\u{0}b\n+a\u{0}c\n".utf8))
    }
}
