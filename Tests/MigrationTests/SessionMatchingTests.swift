import Migration
import Testing

/// A saved session carried over to a rescanned plan: decisions follow their content,
/// and those that find nothing are reported, never dropped.
@Suite struct SessionMatchingTests {
    func hunk(_ n: Int, _ path: String, _ occurrence: Int) -> HunkKey {
        SessionFixture.hunk(n, path: path, occurrence: occurrence)
    }

    @Test func exactKeysKeepTheirDecisions() {
        var session = Session()
        session.decide(hunk(1, "a.py", 0), .target)
        session.decide(file: "b.py", .takeSource)
        session.confirm("a.py")
        let (matched, unmatched) = session.matched(hunks: [hunk(1, "a.py", 0)], proposals: [], files: ["a.py", "b.py"])
        #expect(matched.decisions == session.decisions)
        #expect(unmatched.isEmpty)
        #expect(!matched.canUndo)
    }

    @Test func aHunkWhoseOccurrenceShiftedIsReKeyed() {
        // An earlier identical hunk went away, so the decided one became occurrence 0.
        var session = Session()
        session.decide(hunk(1, "a.py", 1), .sourceThenTarget)
        let (matched, unmatched) = session.matched(hunks: [hunk(2, "a.py", 0), hunk(1, "a.py", 0)], proposals: [], files: [])
        #expect(unmatched.isEmpty)
        #expect(matched.decision(for: hunk(1, "a.py", 0)) == .sourceThenTarget)
        #expect(matched.decision(for: hunk(1, "a.py", 1)) == nil)
    }

    @Test func anAmbiguousShiftIsReportedNotGuessed() {
        var session = Session()
        session.decide(hunk(1, "a.py", 2), .target)
        let plan = [hunk(1, "a.py", 0), hunk(1, "a.py", 1)]
        let (matched, unmatched) = session.matched(hunks: plan, proposals: [], files: [])
        #expect(matched.decisions.hunks.isEmpty)
        #expect(unmatched.count == 1)
        #expect(unmatched.first?.description.contains("cannot tell which is which") == true)
    }

    @Test func aHunkThatIsGoneIsReported() throws {
        var session = Session()
        session.decide(hunk(1, "a.py", 0), .target)
        session.decide(hunk(3, "a.py", 0), .edited([0x41]))
        let (matched, unmatched) = session.matched(hunks: [hunk(1, "a.py", 0)], proposals: [], files: [])
        #expect(matched.decision(for: hunk(1, "a.py", 0)) == .target)
        let report = try #require(unmatched.first)
        #expect(unmatched.count == 1)
        #expect(report.edit == .hunk(hunk(3, "a.py", 0), .edited([0x41])))
        #expect(report.description == "a.py: hunk \(hunk(3, "a.py", 0).fingerprint) (occurrence 0) decided edited text (1 bytes): no hunk with this content in the plan any more")
    }

    @Test func aHunkInAnotherFileDoesNotMatch() {
        var session = Session()
        session.decide(hunk(1, "a.py", 0), .target)
        let (matched, unmatched) = session.matched(hunks: [hunk(1, "b.py", 0)], proposals: [], files: [])
        #expect(matched.decisions.hunks.isEmpty)
        #expect(unmatched.count == 1)
    }

    @Test func aProposalOnAnotherLineIsMatched() {
        var session = Session()
        session.decide(ProposalKey(path: "r.py", line: 10, before: "a.x", after: "b.x"), .reject)
        let moved = ProposalKey(path: "r.py", line: 14, before: "a.x", after: "b.x")
        let (matched, unmatched) = session.matched(hunks: [], proposals: [moved], files: [])
        #expect(unmatched.isEmpty)
        #expect(matched.decision(for: moved) == .reject)
    }

    @Test func repeatedProposalsGoToTheNearestLines() {
        var session = Session()
        session.decide(ProposalKey(path: "r.py", line: 10, before: "a.x", after: "b.x"), .reject)
        session.decide(ProposalKey(path: "r.py", line: 30, before: "a.x", after: "b.x"), .accept)
        let plan = [5, 12, 33].map { ProposalKey(path: "r.py", line: $0, before: "a.x", after: "b.x") }
        let (matched, unmatched) = session.matched(hunks: [], proposals: plan, files: [])
        #expect(unmatched.isEmpty)
        #expect(matched.decision(for: plan[0]) == nil)
        #expect(matched.decision(for: plan[1]) == .reject)
        #expect(matched.decision(for: plan[2]) == .accept)
    }

    @Test func aProposalThatIsGoneIsReported() {
        var session = Session()
        session.decide(ProposalKey(path: "r.py", line: 10, before: "a.x", after: "b.x"), .accept)
        let other = ProposalKey(path: "r.py", line: 10, before: "a.x", after: "c.x")
        let (matched, unmatched) = session.matched(hunks: [], proposals: [other], files: [])
        #expect(matched.decisions.proposals.isEmpty)
        #expect(unmatched.map(\.description) == ["r.py:10: rewrite a.x → b.x decided accept: no such rewrite in the plan any more"])
    }

    @Test func filesAndConfirmationsThatAreGoneAreReported() {
        var session = Session()
        session.decide(file: "gone.py", .skip)
        session.confirm("gone.py")
        session.confirm("kept.py")
        let (matched, unmatched) = session.matched(hunks: [], proposals: [], files: ["kept.py"])
        #expect(matched.isConfirmed("kept.py"))
        #expect(matched.decision(forFile: "gone.py") == nil)
        #expect(unmatched.map(\.description) == [
            "gone.py: file decided skip: no such file in the plan any more",
            "gone.py: review confirmed: no such file in the plan any more",
        ])
    }
}
