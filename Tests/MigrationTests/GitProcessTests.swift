import ConvergeTestSupport
import Foundation
@testable import Migration
import Testing

/// The git runner: large input and output at once, a git that stops reading, and an
/// environment that leaves no `GIT_*` of the caller behind.
@Suite struct GitProcessTests {
    @Test func largeInputAndOutputPassAtOnceWithoutBlocking() throws {
        let repository = try BaseRepository()
        let blob = (0..<3_000_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let hashed = try GitProcess.run(["-C", repository.folder.path, "hash-object", "-w", "--stdin"], input: blob)
        #expect(hashed.status == 0)
        let hash = String(decoding: hashed.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(hash.count == 40)
        let shown = try GitProcess.run(["-C", repository.folder.path, "cat-file", "blob", hash])
        #expect(shown.status == 0)
        // A Bool, not the arrays: a failed comparison of 3 MB arrays takes minutes to print.
        let same = shown.stdout == blob
        #expect(same, "\(shown.stdout.count) bytes back for \(blob.count)")
    }

    @Test func aGitThatStopsReadingIsAFailedRunNotADeadConverge() throws {
        let plain = try TemporaryFolder("converge-git-process")
        let input = Array(repeating: UInt8(ascii: "x"), count: 4_000_000)
        let output = try GitProcess.run(["-C", plain.path, "cat-file", "--batch"], input: input)
        #expect(output.status == 128)
        #expect(output.errorLine.hasPrefix("fatal: not a git repository"))
    }

    @Test func theCallersGitVariablesAreLeftOut() {
        let environment = GitProcess.cleanedEnvironment(adding: ["GIT_AUTHOR_DATE": "2025-01-06T09:00:00+00:00"])
        #expect(environment.contains("GIT_CONFIG_NOSYSTEM=1"))
        #expect(environment.contains("GIT_AUTHOR_DATE=2025-01-06T09:00:00+00:00"))
        #expect(environment.filter { $0.hasPrefix("GIT_") }.count == 2)
        #expect(environment.contains { $0.hasPrefix("PATH=") })
    }
}
