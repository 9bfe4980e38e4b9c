import MergeUI
import Migration
import Testing

/// The per-file counts other screens show come from the plan and the session alone.
@Suite struct MergeCountsTests {
    @Test func unresolvedCountFollowsDecisionsAndWholeFileChoices() throws {
        var state = DemoFixture.state()
        let merge = try #require(DemoFixture.plan.merges.first { $0.conflictCount > 0 })
        let conflicts = merge.hunks.filter(\.isConflict)
        #expect(state.unresolvedCount(path: merge.path) == conflicts.count)
        state.change(SessionChange([.hunk(conflicts[0].key, .target)]))
        #expect(state.unresolvedCount(path: merge.path) == conflicts.count - 1)
        state.change(SessionChange([.file(merge.path, .takeSource)]))
        #expect(state.unresolvedCount(path: merge.path) == 0)
        #expect(state.unresolvedCount(path: "no/such/file.py") == 0)
    }

    @Test func combinedInitFilesCountTheirConflictsAndWaitForReview() throws {
        var state = DemoFixture.state()
        let combined = try #require(DemoFixture.plan.initFiles.first)
        #expect(state.unresolvedCount(path: combined.path) == combined.hunks.count)
        #expect(state.needsReview(path: combined.path))
        state.change(SessionChange([.confirmation(combined.path, true)]))
        #expect(!state.needsReview(path: combined.path))
    }
}
