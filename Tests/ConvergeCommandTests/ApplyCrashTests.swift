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

    // The journal of the demo's 64 operations has 130 lines: begin, the 64 starts, the 64 dones (one batch), end.
    @Test(arguments: [1, 2, 3, 9, 64, 66, 100, 129, 130])
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
            #expect(resumed.stdoutText.hasSuffix("verify: every check holds, 3 old name(s) kept\n"), "\(resumed.stdoutText)")
        }
        let expected = try #require(Self.applied)
        #expect(try TreeSnapshot(root, leaving: Self.leftOut).differences(from: expected) == [], "resume after \(point)")
        #expect(FileManager.default.fileExists(atPath: folder.file("demo/.converge/applied.json")), "record after \(point)")

        let rolledBack = try Subprocess.converge(["rollback"], directory: copy)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(try TreeSnapshot(copy, leaving: Self.leftOut).differences(from: original) == [], "rollback after \(point)")
    }

    /// Kill times, fixed by a seed: milliseconds after the journal's first line (the
    /// demo's 64 operations take about 1 s of fsyncs), and one before it.
    static let killTimes: [Int] = {
        var random = SeededRandom(seed: 5)
        return [-1] + (0..<5).map { _ in Int.random(in: 0...900, using: &random) }
    }()

    /// Starts converge with `arguments` and kills it `milliseconds` after the journal
    /// appears, or after its start when not `waitingForJournal` (-1: at once).
    static func killConverge(_ arguments: [String] = ApplyCommandTests.apply, in root: String, after milliseconds: Int,
                     waitingForJournal: Bool = true) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Subprocess.convergeBinary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: root)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        if milliseconds >= 0 && waitingForJournal {
            let deadline = Date().addingTimeInterval(60)
            while !FileManager.default.fileExists(atPath: root + "/.converge/journal") && process.isRunning && Date() < deadline {
                usleep(1000)
            }
        }
        if milliseconds > 0 { usleep(useconds_t(milliseconds * 1000)) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test(arguments: killTimes)
    func aKillAtAnyMomentLosesNothing(_ milliseconds: Int) throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        let original = try TreeSnapshot(root, leaving: Self.leftOut)
        try Self.killConverge(in: root, after: milliseconds)
        let copy = folder.file("copy")
        #expect(try Subprocess.run("cp", ["-a", root, copy]).status == 0)

        let journal = (try? folder.read("demo/.converge/journal")).map { String(decoding: $0, as: UTF8.self) }
        guard let journal else {
            // Killed before the journal began: nothing outside .converge/ was touched.
            #expect(try TreeSnapshot(root, leaving: Self.leftOut).differences(from: original) == [], "killed at \(milliseconds) ms")
            return
        }
        if !journal.contains("\nend ") {
            let resumed = try Subprocess.converge(["apply", "--resume"], directory: root)
            #expect(resumed.status == 0, "\(resumed.stderrText)")
        }
        let expected = try #require(Self.applied)
        #expect(try TreeSnapshot(root, leaving: Self.leftOut).differences(from: expected) == [], "resume, killed at \(milliseconds) ms")
        let rolledBack = try Subprocess.converge(["rollback"], directory: copy)
        #expect(rolledBack.status == 0, "\(rolledBack.stderrText)")
        #expect(try TreeSnapshot(copy, leaving: Self.leftOut).differences(from: original) == [], "rollback, killed at \(milliseconds) ms")
    }

    /// A rollback killed at any moment is simply run again: every step is idempotent.
    @Test(arguments: [0, 40, 120, 250])
    func aRollbackKilledAtAnyMomentIsRunAgain(_ milliseconds: Int) throws {
        let folder = try ApplyCommandTests.demo()
        let root = folder.file("demo")
        let original = try TreeSnapshot(root, leaving: Self.leftOut)
        #expect(try Subprocess.converge(ApplyCommandTests.apply, directory: root).status == 0)
        try Self.killConverge(["rollback"], in: root, after: milliseconds, waitingForJournal: false)
        let again = try Subprocess.converge(["rollback"], directory: root)
        #expect(again.status == 0, "\(again.stderrText)")
        #expect(try TreeSnapshot(root, leaving: Self.leftOut).differences(from: original) == [], "killed at \(milliseconds) ms")
    }
}
