import ConvergeTestSupport
import DiffCore
import Testing

/// `UnifiedDiff` writes what GNU `diff -u` writes (headers without timestamps), and
/// what it writes is accepted by `git apply` and `patch`.
@Suite struct UnifiedDiffTests {
    struct Case: Sendable, CustomStringConvertible {
        var description: String
        var old: String
        var new: String
        var context = 3
        var hunks: String
    }

    static func numbered(_ lines: ClosedRange<Int>, _ replaced: [Int: String] = [:]) -> String {
        lines.map { (replaced[$0] ?? "\($0)") + "\n" }.joined()
    }

    static let cases: [Case] = [
        Case(description: "one line replaced", old: "a\nb\nc\n", new: "a\nB\nc\n",
             hunks: "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n"),
        Case(description: "count 1 left out", old: "a\n", new: "b\n", hunks: "@@ -1 +1 @@\n-a\n+b\n"),
        Case(description: "empty old", old: "", new: "x\ny\n", hunks: "@@ -0,0 +1,2 @@\n+x\n+y\n"),
        Case(description: "empty new", old: "x\ny\n", new: "", hunks: "@@ -1,2 +0,0 @@\n-x\n-y\n"),
        Case(description: "-u 0 insertion names the line before", old: "a\nb\n", new: "a\nX\nb\n", context: 0,
             hunks: "@@ -1,0 +2 @@\n+X\n"),
        Case(description: "-u 0 deletion", old: "a\nX\nb\n", new: "a\nb\n", context: 0, hunks: "@@ -2 +1,0 @@\n-X\n"),
        Case(description: "-u 0 insertion at the start", old: "a\n", new: "X\na\n", context: 0,
             hunks: "@@ -0,0 +1 @@\n+X\n"),
        Case(description: "-u 0 keeps close changes apart", old: "a\nb\nc\n", new: "A\nb\nC\n", context: 0,
             hunks: "@@ -1 +1 @@\n-a\n+A\n@@ -3 +3 @@\n-c\n+C\n"),
        Case(description: "context cut at both ends", old: numbered(1...4), new: numbered(1...4, [2: "two"]),
             hunks: "@@ -1,4 +1,4 @@\n 1\n-2\n+two\n 3\n 4\n"),
        Case(description: "changes 6 apart share a hunk", old: numbered(1...20),
             new: numbered(1...20, [5: "five", 12: "twelve"]),
             hunks: "@@ -2,14 +2,14 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n 11\n-12\n+twelve\n 13\n 14\n 15\n"),
        Case(description: "changes 7 apart get two hunks", old: numbered(1...20),
             new: numbered(1...20, [5: "five", 13: "thirteen"]),
             hunks: "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
                 + "@@ -10,7 +10,7 @@\n 10\n 11\n 12\n-13\n+thirteen\n 14\n 15\n 16\n"),
        Case(description: "-u 1 merges changes 2 apart", old: numbered(1...9), new: numbered(1...9, [3: "c", 6: "f"]),
             context: 1, hunks: "@@ -2,6 +2,6 @@\n 2\n-3\n+c\n 4\n 5\n-6\n+f\n 7\n"),
        Case(description: "old lacks the final newline", old: "a\nb", new: "a\nc\n",
             hunks: "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n"),
        Case(description: "new lacks the final newline", old: "a\nb\n", new: "a\nc",
             hunks: "@@ -1,2 +1,2 @@\n a\n-b\n+c\n\\ No newline at end of file\n"),
        Case(description: "both lack the final newline", old: "a\nb", new: "a\nc",
             hunks: "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"),
        Case(description: "only the final newline added", old: "a\nb", new: "a\nb\n",
             hunks: "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n"),
        Case(description: "only the final newline removed", old: "a\nb\n", new: "a\nb",
             hunks: "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n"),
        Case(description: "context line without final newline", old: "a\nb\nc", new: "A\nb\nc",
             hunks: "@@ -1,3 +1,3 @@\n-a\n+A\n b\n c\n\\ No newline at end of file\n"),
    ]

    @Test(arguments: cases)
    func writesTheExpectedHunks(item: Case) throws {
        let output = try unified(Array(item.old.utf8), Array(item.new.utf8), context: item.context)
        #expect(String(decoding: output, as: UTF8.self) == "--- old\n+++ new\n" + item.hunks)
    }

    @Test(arguments: cases)
    func handWrittenExpectationsAgreeWithGNUDiff(item: Case) throws {
        let pair = TextPair(name: item.description, old: Array(item.old.utf8), new: Array(item.new.utf8))
        let gnu = try DiffOracle.gnuDiff(labelled(context: item.context), [pair])[0]
        #expect(String(decoding: gnu, as: UTF8.self) == "--- old\n+++ new\n" + item.hunks)
    }

    @Test(arguments: [false, true])
    func identicalTextsWriteNothing(minimal: Bool) throws {
        let text = Array("a\nb\nc".utf8)
        #expect(try unified(text, text, minimal: minimal).isEmpty)
        #expect(try unified([], []).isEmpty)
    }

    @Test func headersUseTheLabelsAsGiven() throws {
        let old = LineText("a\n"), new = LineText("b\n")
        var sink = ByteBuffer()
        UnifiedDiff(oldLabel: "a/dir name/f.py", newLabel: "b/dir name/f.py")
            .write(old: old, new: new, changes: try Diff.changes(from: old, to: new), to: &sink)
        #expect(String(decoding: sink.bytes, as: UTF8.self).hasPrefix("--- a/dir name/f.py\n+++ b/dir name/f.py\n@@"))
    }

    /// The strict reader that checks outputs below must itself refuse wrong diffs.
    @Test(arguments: [
        "@@ -1,3 +1,3 @@\n a\n-x\n+B\n c\n",       // deleted line is not in the old text
        "@@ -1,2 +1,3 @@\n a\n-b\n+B\n c\n",       // counts do not match the body
        "@@ -2 +1 @@\n-b\n+B\n",                   // new start does not follow from the old one
        "@@ -2 +2 @@\n-b\n\\ No newline at end of file\n+B\n", // old line b has a newline
    ])
    func theStrictReaderRefusesWrongDiffs(hunk: String) {
        #expect(throws: DiffPatch.Failure.self) {
            try DiffPatch.apply(Array("--- old\n+++ new\n\(hunk)".utf8), to: Array("a\nb\nc\n".utf8))
        }
    }

    // MARK: - Generated cases against GNU diff

    /// Lines that are all different, so both tools must align the texts the same way.
    static let unambiguous: [TextPairRecipe] = [
        TextPairRecipe(.unique, lines: 0...40, editRate: 0.15, maxBlock: 4, count: 20, seed: 51),
        TextPairRecipe(.unique, lines: 0...40, editRate: 0.15, count: 15, seed: 52, mixedEndings: true),
        TextPairRecipe(.unique, lines: 300...2_000, editRate: 0.02, maxBlock: 10, count: 3, seed: 53),
    ]

    @Test(arguments: unambiguous, [0, 1, 3, 5])
    func equalsGNUDiffOnUnambiguousPairs(recipe: TextPairRecipe, context: Int) throws {
        let pairs = recipe.pairs().flatMap { [$0, $0.reversed] }
        let expected = try DiffOracle.gnuDiff(labelled(context: context), pairs)
        for (pair, gnu) in zip(pairs, expected) {
            let ours = try unified(pair.old, pair.new, context: context)
            #expect(TextLines.difference(ours, gnu) == nil, "\(pair.name), -u \(context)")
        }
    }

    // MARK: - Accepted by git apply and patch

    static let applyRecipes: [TextPairRecipe] = [
        TextPairRecipe(.tiny, lines: 0...30, editRate: 0.3, count: 12, seed: 61),
        TextPairRecipe(.code, lines: 0...60, editRate: 0.15, count: 12, seed: 62, mixedEndings: true),
        TextPairRecipe(.large, lines: 500...1_500, editRate: 0.03, maxBlock: 10, count: 2, seed: 63),
    ]

    /// Label conventions: plain names with `-p0`, git's `a/` and `b/` with `-p1`.
    static let layouts: [(old: String, new: String, strip: Int)] = [
        ("file.txt", "file.txt", 0), ("a/src/file.txt", "b/src/file.txt", 1),
    ]

    @Test(arguments: applyRecipes)
    func acceptedByGitApply(recipe: TextPairRecipe) throws {
        try checkApplied(by: .gitApply, recipe.pairs().flatMap { [$0, $0.reversed] })
    }

    @Test(.enabled(if: PatchTool.patch.isInstalled, "GNU patch is not installed: CI must install it"),
          arguments: applyRecipes)
    func acceptedByPatch(recipe: TextPairRecipe) throws {
        try checkApplied(by: .patch, recipe.pairs().flatMap { [$0, $0.reversed] })
    }

    static let zeroContextPairs = TextPairRecipe(.code, lines: 0...40, editRate: 0.2, count: 12, seed: 64).pairs()

    @Test func zeroContextDiffsApplyWithGitApplyUnidiffZero() throws {
        try checkApplied(by: .gitApply, Self.zeroContextPairs, context: 0, options: ["--unidiff-zero"])
    }

    @Test(.enabled(if: PatchTool.patch.isInstalled, "GNU patch is not installed: CI must install it"))
    func zeroContextDiffsApplyWithPatch() throws {
        try checkApplied(by: .patch, Self.zeroContextPairs, context: 0)
    }

    // MARK: - Helpers

    private func labelled(context: Int) -> [String] {
        ["-a", "-U", "\(context)", "--label", "old", "--label", "new"]
    }

    private func unified(
        _ old: [UInt8], _ new: [UInt8], context: Int = 3, minimal: Bool = false,
        labels: (String, String) = ("old", "new")
    ) throws -> [UInt8] {
        let oldText = try LineText(old), newText = try LineText(new)
        let changes = try Diff.changes(from: oldText, to: newText, options: DiffOptions(minimal: minimal))
        var sink = ByteBuffer()
        UnifiedDiff(oldLabel: labels.0, newLabel: labels.1, context: context)
            .write(old: oldText, new: newText, changes: changes, to: &sink)
        return sink.bytes
    }

    /// Applies each pair's diff with `tool` (every label layout) and expects the new
    /// text back, byte for byte; also checks our own strict reader agrees.
    private func checkApplied(
        by tool: PatchTool, _ pairs: [TextPair], context: Int = 3, options: [String] = []
    ) throws {
        var cases: [(TextPair, PatchTool.Case)] = []
        for pair in pairs where pair.old != pair.new {
            for layout in Self.layouts {
                let diff = try unified(pair.old, pair.new, context: context, labels: (layout.old, layout.new))
                #expect(TextLines.difference(try DiffPatch.apply(diff, to: pair.old), pair.new) == nil, "\(pair.name)")
                let path = String(layout.new.split(separator: "/").dropFirst(layout.strip).joined(separator: "/"))
                cases.append((pair, PatchTool.Case(old: pair.old, diff: diff, path: path, strip: layout.strip, options: options)))
            }
        }
        let outcomes = try tool.apply(cases.map(\.1))
        for ((pair, item), outcome) in zip(cases, outcomes) {
            #expect(outcome.status == 0, "\(tool) -p\(item.strip) on \(pair.name): \(outcome.log)")
            #expect(TextLines.difference(outcome.result, pair.new) == nil, "\(tool) -p\(item.strip) on \(pair.name)")
        }
    }
}
