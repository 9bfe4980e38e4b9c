import Migration
import Testing

/// Every decision can be undone and redone; one user action is one step.
@Suite struct SessionUndoTests {
    let first = HunkKey(path: "a.py", fingerprint: "0000000000000001")
    let second = HunkKey(path: "a.py", fingerprint: "0000000000000002")
    let proposal = ProposalKey(path: "r.py", line: 3, before: "a.x", after: "b.x")

    @Test func undoAndRedoOfSingleDecisions() {
        var session = Session()
        session.decide(first, .target)
        session.decide(first, .source)
        session.decide(file: "b.py", .takeSource)
        let done1 = session.undo()
        #expect(done1)
        #expect(session.decision(forFile: "b.py") == nil)
        let done2 = session.undo()
        #expect(done2)
        #expect(session.decision(for: first) == .target)
        let done3 = session.redo()
        #expect(done3)
        #expect(session.decision(for: first) == .source)
        let done4 = session.redo()
        #expect(done4)
        #expect(session.decision(forFile: "b.py") == .takeSource)
        let done5 = session.redo()
        #expect(!done5)
    }

    @Test func nothingToUndoOrRedoAtTheStart() {
        var session = Session()
        let done6 = session.undo()
        #expect(!done6)
        let done7 = session.redo()
        #expect(!done7)
        #expect(!session.canUndo && !session.canRedo)
    }

    @Test func backToUnresolvedIsADecisionToo() {
        var session = Session()
        session.decide(first, .edited(Array("y = 2\n".utf8)))
        session.decide(first, nil)
        #expect(session.decision(for: first) == nil)
        let done8 = session.undo()
        #expect(done8)
        #expect(session.decision(for: first) == .edited(Array("y = 2\n".utf8)))
    }

    @Test func aBulkChangeIsOneStep() {
        var session = Session()
        session.decide(first, .base)
        let change = SessionChange([
            .hunk(first, .target), .hunk(second, .target),
            .proposal(proposal, .reject), .file("c.py", .skip), .confirmation("a.py", true),
        ])
        let done9 = session.apply(change)
        #expect(done9)
        #expect(session.decision(for: second) == .target)
        #expect(session.decision(for: proposal) == .reject)
        #expect(session.isConfirmed("a.py"))
        let done10 = session.undo()
        #expect(done10)
        #expect(session.decision(for: first) == .base)
        #expect(session.decision(for: second) == nil)
        #expect(session.decision(for: proposal) == nil)
        #expect(session.decision(forFile: "c.py") == nil)
        #expect(!session.isConfirmed("a.py"))
        let done11 = session.redo()
        #expect(done11)
        #expect(session.decision(for: first) == .target && session.decision(for: second) == .target)
    }

    @Test func aKeyEditedTwiceInOneChangeUndoesToItsFirstValue() {
        var session = Session()
        session.decide(first, .base)
        session.apply(SessionChange([.hunk(first, .target), .hunk(first, .source)]))
        #expect(session.decision(for: first) == .source)
        session.undo()
        #expect(session.decision(for: first) == .base)
    }

    @Test func aNewChangeAfterAnUndoClearsRedo() {
        var session = Session()
        session.decide(first, .target)
        session.decide(second, .target)
        session.undo()
        #expect(session.canRedo)
        session.decide(first, .sourceThenTarget)
        #expect(!session.canRedo)
        let done12 = session.redo()
        #expect(!done12)
        #expect(session.decision(for: second) == nil)
    }

    @Test func aChangeThatChangesNothingRecordsNoStep() {
        var session = Session()
        session.decide(first, .target)
        session.undo()
        #expect(session.canRedo)
        session.decide(second, nil)
        session.unconfirm("a.py")
        let done13 = session.apply(SessionChange([]))
        #expect(!done13)
        // No step was recorded, so the redo stack is still there and undo has nothing.
        #expect(session.canRedo)
        #expect(!session.canUndo)
    }

    @Test func confirmationsUndo() {
        var session = Session()
        session.confirm("a.py")
        session.confirm("a.py")
        #expect(session.isConfirmed("a.py"))
        let done14 = session.undo()
        #expect(done14)
        #expect(!session.isConfirmed("a.py"))
        let done15 = session.undo()
        #expect(!done15)
    }
}
