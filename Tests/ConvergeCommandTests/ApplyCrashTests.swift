import ConvergeTestSupport
import Foundation
import Testing

/// An apply killed with SIGKILL right after its Nth journal line (chosen by
/// `CONVERGE_TEST_CRASH_AFTER`, which only tests set) loses nothing: anything else is
/// refused until the journal is dealt with, `apply --resume` gives the tree an
/// uninterrupted apply gives, and `rollback` (in a copy of the crashed tree) gives
/// the original tree back.
@Suite struct ApplyCrashTests {
    static let leftOut: Set<String> = [".git", ".converge", "__pycache__"]

    /// The demo after an uninterrupted apply.
    static let applied: TreeSnapshot? = {
        guard let folder = try? ApplyCommandTests.demo(),
              (try? Subprocess.converge(ApplyCommandTests.apply, directory: folder.file("demo")))?.status == 0 else { return nil }
        return try? TreeSnapshot(folder.file("demo"), leaving: leftOut)
    }()

    // The journal of the demo's 64 operations has 130 lines: begin, start/done per operation, end.
    @Test(arguments: [1, 2, 3, 4, 9, 64, 127, 129, 130])
    func aCrashAfterAJournalLineIsResumedOrRolledBack(_ point: Int) throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        let original = try TreeSnapshot(root, leaving: Self.leftOut)
        let crashed = try Subprocess.converge(ApplyCommandTests.apply, directory: root,
                                              environment: ["CONVERGE_TEST_CRASH_AFTER": "\(point)"])
        #expect(crashed.status != 0, "the apply was not killed at \(point)")
        let copy = folder.file("copy")
        #expect(try Subprocess.run("cp", ["-a", root, copy]).status == 0)

        if point < 130 {
            let refused = try Subprocess.converge(ApplyCommandTests.apply, directory: root)
            #expect(refused.status == 2)
            #expect(refused.stderrText.contains("an apply was interrupted") && refused.stderrText.contains("'converge apply --resume'")
                    && refused.stderrText.contains("'converge rollback'"), "\(refused.stderrText)")
            let resumed = try Subprocess.converge(["apply", "--resume"], directory: root)
            #expect(resumed.status == 0, "\(resumed.stderrText)")
        }
        let expected = try #require(Self.applied)
        #expect(try TreeSnapshot(root, leaving: Self.leftOut).differences(from: expected) == [], "resume after \(point)")

        let rolledBack = try Subprocess.converge(["rollback"], directory: copy)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(try TreeSnapshot(copy, leaving: Self.leftOut).differences(from: original) == [], "rollback after \(point)")
    }
}
