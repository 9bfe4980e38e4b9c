import MergeUI
import Migration
import Testing

/// The result pane shows exactly the bytes the apply writes: the outcome's, for every
/// mix of decisions, combined `__init__.py` files and placed rewrites included.
@Suite struct MergeResultTests {
    static let paths = ["strategy.py", "excel_config_parser.py", "tests/test_strategy.py", "tests/test_excel_config_parser.py", "__init__.py"]

    @Test(arguments: paths)
    func resultEqualsTheOutcomeForEveryMixOfDecisions(path: String) throws {
        var state = MergeFixture.open(path)
        let hunks = try #require(state.merge).hunks
        let mixes: [[HunkDecision?]] = [
            [], [.target], [.source], [.base], [.targetThenSource], [.sourceThenTarget],
            [.edited(Array("edited line\n".utf8)), nil], [.source, .base, .sourceThenTarget, .target, .targetThenSource],
            [.edited(Array("no newline".utf8)), .targetThenSource, .source],
        ]
        for mix in mixes {
            let edits = hunks.indices.map { SessionEdit.hunk(hunks[$0].key, mix.isEmpty ? nil : mix[$0 % mix.count]) }
            state.change(SessionChange(edits))
            let expected = try #require(MergeFixture.outcomeBytes(state, path: path))
            #expect(state.merge!.resultBytes == expected, "\(path) under \(mix)")
        }
    }

    @Test func thePaneDrawsTheOutcomesLinesAroundTheCurrentHunk() throws {
        var state = MergeFixture.open("strategy.py", height: 60)
        MergeFixture.press(&state, "s", "b")
        let expected = String(decoding: try #require(MergeFixture.outcomeBytes(state, path: "strategy.py")), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let screen = DemoFixture.render(state, height: 60)
        let header = try #require(screen.textLines.firstIndex { $0.hasPrefix("── result") })
        var compared = 0
        for row in screen.textLines[(header + 1)...] {
            // ">" gutter, a right-aligned line number, a space, then the line.
            let body = row.dropFirst()
            guard let number = Int(String(body.drop { $0 == " " }.prefix { $0.isNumber })) else { continue }
            let text = String(body.drop { $0 == " " }.drop { $0.isNumber }.dropFirst())
            #expect(text == expected[number - 1].replacingTabs(), "result line \(number)")
            compared += 1
        }
        #expect(compared >= 10)
    }

    @Test func acceptedRewritesOfBothSidesAreInTheResultAsTheOutcomePlacesThem() throws {
        let target = "import a.old\nx = 1\nimport b.old\n"
        let source = "import a.old\nx = 2\nimport b.old\n"
        let base = "import a.old\nx = 0\nimport b.old\n"
        let rewrite = { (tree: String, start: Int, line: Int) in
            Proposal(path: "\(tree)/mod.py", line: line, range: start..<(start + 5), before: "a.old", after: "a.brand.new",
                     kind: .code, reason: "moved")
        }
        // The target's rewrite of line 1, the source's rewrite of line 3 (shared: written
        // through the target), and a source rewrite of its changed line 2 that adds a line.
        let split = Proposal(path: "s/mod.py", line: 2, range: 13..<18, before: "x = 2", after: "x = 2\ny = 3",
                             kind: .code, reason: "split")
        let plan = MergeFixture.plan(base: base, target: target, source: source,
                                     proposals: [rewrite("t", 7, 1), rewrite("s", 26, 3), split])
        var state = MergeFixture.open(plan: plan)
        for keys in [[], ["t"], ["s"], ["x", "b"]] {
            for key in keys { MergeFixture.press(&state, key) }
            let expected = try #require(MergeFixture.outcomeBytes(state, path: "mod.py"))
            #expect(state.merge!.resultBytes == expected)
        }
        #expect(MergeFixture.resultText(state) == "import a.brand.new\nx = 1\nx = 2\ny = 3\nimport a.brand.new\n")
        // Rejecting a rewrite (as the Imports screen does) shows at once; undo brings it back.
        let rejected = ProposalKey(path: "t/mod.py", line: 1, before: "a.old", after: "a.brand.new")
        state.change(SessionChange([.proposal(rejected, .reject)]))
        #expect(MergeFixture.resultText(state) == "import a.old\nx = 1\nx = 2\ny = 3\nimport a.brand.new\n")
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "mod.py"))
        MergeFixture.press(&state, "u")
        #expect(MergeFixture.resultText(state).hasPrefix("import a.brand.new\n"))
    }

    @Test func aCombinedInitFileShowsTheCombinersProposalWithItsConflicts() throws {
        var state = MergeFixture.open(plan: MergeFixture.combinedPlan())
        #expect(state.merge!.isCombined)
        #expect(state.merge!.hunks.count == 1)
        #expect(!state.merge!.hasBase)
        #expect(MergeFixture.resultText(state).contains("<<<<<<< target\nfrom .b import y\n=======\n"))
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "__init__.py"))
        for keys in [["t"], ["s"], ["b"], ["B"], ["x"], ["S"]] {
            MergeFixture.press(&state, "x")
            for key in keys { MergeFixture.press(&state, key) }
            #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "__init__.py"), "after \(keys)")
        }
        #expect(MergeFixture.resultText(state) == "from .a import x\nfrom .c import y\n__all__ = [\"x\", \"y\"]\n")
        let effects = MergeFixture.press(&state, "x", "e")
        guard case .editHunk(let edit)? = effects.last else { throw EditMissing() }
        #expect(String(decoding: edit.bytes, as: UTF8.self) == "<<<<<<< target\nfrom .b import y\n=======\nfrom .c import y\n>>>>>>> source\n")
        _ = state.receive(.edited(edit.key, Array("from .d import y\n".utf8)), for: .editHunk(edit))
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "__init__.py"))
        #expect(MergeFixture.press(&state, "a") == [], "a combined file has no base to take")
    }

    struct EditMissing: Error {}
}

extension String {
    /// Tabs expanded to stops of 8, as the panes show them.
    func replacingTabs() -> String {
        var result = ""
        for character in self {
            if character == "\t" {
                result += String(repeating: " ", count: 8 - result.count % 8)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
