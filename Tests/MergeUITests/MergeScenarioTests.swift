import MergeUI
import Migration
import Testing

/// Lazygit-style scenarios: open a conflict file, press keys, check the session, the
/// current hunk and the result after every key.
@Suite struct MergeScenarioTests {
    /// The indices of `merge`'s conflicts, in order.
    static func conflicts(_ state: AppState) -> [Int] {
        state.merge!.hunks.indices.filter { state.merge!.hunks[$0].isConflict }
    }

    static func decision(_ state: AppState, _ hunk: Int) -> HunkDecision? {
        state.session.decision(for: state.merge!.hunks[hunk].key)
    }

    static func expectResultIsTheOutcome(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = state.merge!.path
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: path), sourceLocation: sourceLocation)
    }

    @Test func decideAdvanceUndoAndRedo() {
        var state = MergeFixture.open("strategy.py")
        let (first, second) = (Self.conflicts(state)[0], Self.conflicts(state)[1])
        #expect(state.screen == .merge)
        #expect(state.merge!.currentHunk == first)
        #expect(state.merge!.unresolvedCount == 2)

        #expect(MergeFixture.press(&state, "t") == [.saveSession])
        #expect(Self.decision(state, first) == .target)
        #expect(state.merge!.currentHunk == second, "auto-advance goes to the next unresolved conflict")
        #expect(state.merge!.unresolvedCount == 1)
        #expect(MergeFixture.resultText(state).contains("return min(capital * self.risk * REGIMES[regime], self.max_position)\n"))
        Self.expectResultIsTheOutcome(state)

        MergeFixture.press(&state, "s")
        #expect(Self.decision(state, second) == .source)
        #expect(state.merge!.currentHunk == second)
        #expect(state.merge!.unresolvedCount == 0)
        #expect(state.status?.text == "every conflict in strategy.py is resolved")
        #expect(!MergeFixture.resultText(state).contains("<<<<<<<"))
        Self.expectResultIsTheOutcome(state)

        MergeFixture.press(&state, "u")
        #expect(Self.decision(state, second) == nil)
        #expect(Self.decision(state, first) == .target)
        #expect(state.merge!.unresolvedCount == 1)
        #expect(MergeFixture.resultText(state).contains("<<<<<<< target"))
        Self.expectResultIsTheOutcome(state)

        MergeFixture.press(&state, "<c-r>")
        #expect(Self.decision(state, second) == .source)
        #expect(state.merge!.unresolvedCount == 0)
        Self.expectResultIsTheOutcome(state)

        MergeFixture.press(&state, "x")
        #expect(Self.decision(state, second) == nil)
        #expect(state.merge!.unresolvedCount == 1)
        MergeFixture.press(&state, "b")
        #expect(Self.decision(state, second) == .targetThenSource)
        MergeFixture.press(&state, "B")
        #expect(Self.decision(state, second) == .sourceThenTarget)
        MergeFixture.press(&state, "a")
        #expect(Self.decision(state, second) == .base)
        Self.expectResultIsTheOutcome(state)
        MergeFixture.press(&state, "u", "u", "u", "u")
        #expect(Self.decision(state, second) == .source, "each decision is its own undo step")
    }

    @Test func nextAndPreviousChangeVisitEveryHunkAndStopAtTheEnds() {
        var state = MergeFixture.open("strategy.py")
        MergeFixture.press(&state, "g")
        let count = state.merge!.hunks.count
        MergeFixture.press(&state, "N", "N")
        var visited: [Int] = []
        // Back to the first hunk, then forward through all of them.
        while state.merge!.currentHunk != 0 { MergeFixture.press(&state, "[") }
        MergeFixture.press(&state, "[")
        #expect(state.status?.text == "no earlier change in this file")
        for _ in 0..<count {
            visited.append(state.merge!.currentHunk!)
            MergeFixture.press(&state, "]")
        }
        #expect(visited == Array(0..<count))
        #expect(state.status?.text == "no later change in this file")
        #expect(state.merge!.currentHunk == count - 1)
    }

    @Test func nextUnresolvedWrapsWithinTheFileAndSaysWhenNoneIsLeft() {
        var state = MergeFixture.open("strategy.py")
        let (first, second) = (Self.conflicts(state)[0], Self.conflicts(state)[1])
        MergeFixture.press(&state, "n")
        #expect(state.merge!.currentHunk == second)
        MergeFixture.press(&state, "n")
        #expect(state.merge!.currentHunk == first)
        #expect(state.status?.text == "wrapped around strategy.py")
        MergeFixture.press(&state, "N")
        #expect(state.merge!.currentHunk == second)
        MergeFixture.press(&state, "z")
        #expect(!state.autoAdvance)
        #expect(state.status?.text == "auto-advance off")
        MergeFixture.press(&state, "t")
        #expect(state.merge!.currentHunk == second, "no auto-advance")
        MergeFixture.press(&state, "n")
        #expect(state.merge!.currentHunk == first)
        #expect(state.status?.text == "wrapped around strategy.py")
        MergeFixture.press(&state, "n")
        #expect(state.merge!.currentHunk == first)
        #expect(state.status?.text == "this is the only unresolved conflict in strategy.py")
        MergeFixture.press(&state, "s", "n")
        #expect(state.status?.text == "no unresolved conflict left in strategy.py")
        #expect(state.merge!.currentHunk == first)
    }

    @Test func restOfFileFromOneSideIsOneUndoStep() {
        var state = MergeFixture.open("excel_config_parser.py")
        let (first, second) = (Self.conflicts(state)[0], Self.conflicts(state)[1])
        MergeFixture.press(&state, "s")
        #expect(Self.decision(state, first) == .source)
        #expect(MergeFixture.press(&state, "T") == [.saveSession])
        #expect(Self.decision(state, first) == .source, "decided conflicts keep their decision")
        #expect(Self.decision(state, second) == .target)
        #expect(state.merge!.unresolvedCount == 0)
        #expect(state.status?.text == "1 conflict from the target")
        Self.expectResultIsTheOutcome(state)
        MergeFixture.press(&state, "T")
        #expect(state.status?.text == "no unresolved conflict left in excel_config_parser.py")
        MergeFixture.press(&state, "u")
        #expect(Self.decision(state, second) == nil)
        #expect(Self.decision(state, first) == .source)
        MergeFixture.press(&state, "u")
        #expect(Self.decision(state, first) == nil)
        MergeFixture.press(&state, "S")
        #expect(Self.decision(state, first) == .source && Self.decision(state, second) == .source)
        MergeFixture.press(&state, "u")
        #expect(Self.decision(state, first) == nil && Self.decision(state, second) == nil, "one undo takes back the whole rest")
        Self.expectResultIsTheOutcome(state)
    }

    @Test func anAutoMergedHunkCanBeOverriddenAndTheFileConfirmed() throws {
        var state = MergeFixture.open("strategy.py")
        let auto = try #require(state.merge!.hunks.indices.first { !state.merge!.hunks[$0].isConflict })
        MergeFixture.press(&state, "z")
        while state.merge!.currentHunk! > auto { MergeFixture.press(&state, "[") }
        while state.merge!.currentHunk! < auto { MergeFixture.press(&state, "]") }
        MergeFixture.press(&state, "s")
        #expect(Self.decision(state, auto) == .source)
        #expect(state.merge!.unresolvedCount == 2, "an auto-merged hunk is no conflict")
        Self.expectResultIsTheOutcome(state)
        #expect(state.needsReview(path: "strategy.py"))
        MergeFixture.press(&state, "c")
        #expect(state.session.isConfirmed("strategy.py"))
        #expect(state.status?.text == "strategy.py marked reviewed")
        MergeFixture.press(&state, "u")
        #expect(!state.session.isConfirmed("strategy.py"))
    }

    @Test func editStartsFromTheHunksResultAndRecordsTheEditorsBytes() throws {
        var state = MergeFixture.open("strategy.py")
        let first = Self.conflicts(state)[0]
        let effects = MergeFixture.press(&state, "e")
        guard case .editHunk(let edit)? = effects.first else {
            Issue.record("e gives no edit effect: \(effects)")
            return
        }
        #expect(edit.key == state.merge!.hunks[first].key)
        #expect(edit.path == "strategy.py")
        let markers = String(decoding: edit.bytes, as: UTF8.self)
        #expect(markers.hasPrefix("<<<<<<< target\n") && markers.hasSuffix(">>>>>>> source\n"))
        #expect(state.receive(.edited(edit.key, nil), for: .editHunk(edit)) == [])
        #expect(state.status?.text == "edit cancelled: the hunk is as it was")
        let written = Array("        return 0\n".utf8)
        #expect(state.receive(.edited(edit.key, written), for: .editHunk(edit)) == [.saveSession])
        #expect(Self.decision(state, first) == .edited(written))
        #expect(MergeFixture.resultText(state).contains("\n        return 0\n"))
        Self.expectResultIsTheOutcome(state)
    }

    @Test func escapeGoesBackToTheConflictsScreen() {
        var state = MergeFixture.open("strategy.py")
        MergeFixture.press(&state, "<esc>")
        #expect(state.screen == .conflicts)
        MergeFixture.press(&state, "3")
        #expect(state.screen == .merge)
        #expect(state.merge!.path == "strategy.py")
    }

    @Test func takingTheBaseWithoutOneSaysSoAndChangesNothing() {
        let plan = MergeFixture.plan(base: nil, target: "a\nb\n", source: "a\nc\n")
        var state = MergeFixture.open(plan: plan)
        #expect(MergeFixture.press(&state, "a") == [])
        #expect(state.status?.text == "no base: this file merged two-way, so there is no base to take")
        #expect(state.session == Session())
        MergeFixture.press(&state, "B")
        #expect(MergeFixture.resultText(state) == "a\nc\nb\n")
    }

    @Test func decisionsMadeElsewhereShowWhenTheViewIsBack() {
        var state = MergeFixture.open("strategy.py")
        let first = Self.conflicts(state)[0]
        MergeFixture.press(&state, "<esc>")
        state.change(SessionChange([.hunk(state.merge!.hunks[first].key, .source)]))
        MergeFixture.press(&state, "3")
        #expect(state.merge!.decision(ofHunk: first) == .source)
        #expect(state.merge!.unresolvedCount == 1)
        Self.expectResultIsTheOutcome(state)
    }

    @Test func theTitleSaysWhatWaitsForReviewAndWhenTheWholeFileIsSettledElsewhere() {
        var state = MergeFixture.open("strategy.py")
        #expect(DemoFixture.render(state).textLines[1].contains("to review (c)"))
        #expect(state.needsReview(path: "strategy.py"))
        MergeFixture.press(&state, "c")
        #expect(DemoFixture.render(state).textLines[1].contains("reviewed"))
        MergeFixture.press(&state, "u")
        state.change(SessionChange([.file("strategy.py", .takeSource)]))
        let title = DemoFixture.render(state).textLines[1]
        #expect(title.hasPrefix("strategy.py  (whole file: source)  conflict 1 of 2, 2 unresolved"))
        #expect(!title.contains("review"))
        #expect(!state.needsReview(path: "strategy.py"))
    }

    @Test func aSideThatIsEmptyIsOneConflictAgainstNothing() {
        let plan = MergeFixture.plan(base: nil, target: "", source: "a\nb\n")
        var state = MergeFixture.open(plan: plan)
        #expect(state.merge!.hunks.count == 1)
        #expect(DemoFixture.render(state).textLines[4].hasPrefix(">~ "))
        MergeFixture.press(&state, "t")
        #expect(state.merge!.resultBytes == [])
        #expect(state.merge!.resultBytes == MergeFixture.outcomeBytes(state, path: "mod.py"))
        #expect(DemoFixture.render(state).textLines.contains { $0.contains("(no lines: this hunk removes its lines)") })
    }

    @Test func openingACombinedInitFileShowsWhatTheCombinerWantsChecked() {
        let state = MergeFixture.open("__init__.py")
        #expect(state.merge!.isCombined)
        #expect(state.status?.text == "combiner: kept the target's docstring; the source's (line 1) was dropped")
    }
}
