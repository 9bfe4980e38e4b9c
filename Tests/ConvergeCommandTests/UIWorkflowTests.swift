import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The whole way through the demo on the real binary under tmux, as a person would:
/// walk to each conflict file and resolve its hunks with different choices, resize the
/// window mid-way, reject one file's rewrites and accept the docs ones, quit, reopen and
/// find the same decisions, apply from the Apply screen, and find on disk exactly what
/// the session decided; then roll back to the tree as it was.
@Suite struct UIWorkflowTests {
    static let source = DemoSample.sourcePackage, target = DemoSample.targetPackage

    @Test func decideResizeQuitReopenApplyAndRollBackTheDemo() throws {
        let folder = try TemporaryFolder("converge-ui-workflow")
        let sample = folder.file("demo")
        let first = try TmuxSession([Subprocess.convergeBinary, "demo", "--dir", sample], width: 120, height: 40)
        try first.waitFor("1 Tree", timeout: 60)
        try decideEveryConflict(first)
        let totals = try decideRewrites(first)
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession([Subprocess.convergeBinary, "--base", "auto", Self.source, Self.target],
                                     width: 100, height: 30, directory: sample)
        try second.waitFor("1 Tree", timeout: 60)
        try second.send("2")
        try second.waitFor("0 unresolved conflicts")
        try second.send("4")
        try second.waitFor(totals)
        let expected = try Self.outcomeOnDisk(sample)
        try second.send("5", "p", "y")
        try second.waitFor("Verify: passed", timeout: 60)
        try second.send("q")
        #expect(try second.waitForExit() == 0)

        for (path, bytes) in expected {
            #expect(try Array(Data(contentsOf: URL(fileURLWithPath: "\(sample)/\(Self.target)/\(path)"))) == bytes, "\(path)")
        }
        let config = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(sample)/config.yaml")), as: UTF8.self)
        #expect(config.contains("backtester_v2.market_regime"), "the rejected config rewrites were not made")
        let docs = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(sample)/docs/market_regime.md")), as: UTF8.self)
        #expect(!docs.contains("backtester_v2.market_regime"), "the accepted docs rewrites were made")
        let rollback = try Subprocess.converge(["rollback"], directory: sample)
        #expect(rollback.status == 0, "\(rollback.stderrText)")
        #expect(try Subprocess.run("git", ["status", "--porcelain"], directory: sample).stdoutText == "")
    }

    /// Each conflict file from the Conflicts screen (`n` finds the next one with
    /// unresolved conflicts), its conflicts decided with a different choice each; the
    /// window shrinks to 80×24 half way; the combined `__init__.py` is confirmed.
    private func decideEveryConflict(_ tmux: TmuxSession) throws {
        try tmux.send("2", "n", "Enter")
        try tmux.waitFor("excel_config_parser.py  conflict 1 of 2, 2 unresolved")
        try tmux.send("t")
        try tmux.waitFor("conflict 2 of 2, 1 unresolved")
        try tmux.send("s")
        try tmux.waitFor("conflict 2 of 2, 0 unresolved")
        try tmux.resize(width: 80, height: 24)
        for (file, keys) in [("strategy.py", ["b", "B"]), ("tests/test_excel_config_parser.py", ["a"]), ("tests/test_strategy.py", ["B"])] {
            try tmux.send("2", "n", "Enter")
            // The merge view's title row names the file (compact at 80 columns).
            try tmux.waitUntil("the merge view of \(file)") { screen in
                let title = screen.split(separator: "\n").dropFirst().first ?? ""
                return title.hasPrefix(file + " ") && title.contains("conflict 1 of")
            }
            try tmux.send(keys)
        }
        try tmux.send("2")
        try tmux.waitFor("0 unresolved conflicts   5 to review")
        try tmux.send("g", "c")
        try tmux.waitFor("4 to review")
    }

    /// On the Imports screen: every rewrite of `config.yaml` rejected, every docs one
    /// accepted (each found with `/`); returns the totals line that shows.
    private func decideRewrites(_ tmux: TmuxSession) throws -> String {
        try tmux.send("4", "/")
        try tmux.type("config.yaml")
        try tmux.send("Enter", "R")
        try tmux.waitFor("rejected 3 in config in config.yaml")
        try tmux.send("/")
        try tmux.type("docs/market")
        try tmux.send("Enter", "A")
        try tmux.waitFor("accepted 3 in docs in docs/market_regime.md")
        let totals = "23 proposals in 9 files  ✓ 15 accepted  ✗ 6 rejected  ! 2 flags"
        try tmux.waitFor(totals)
        return totals
    }

    /// The bytes the saved session gives every file the migration writes in the target,
    /// computed in this process from the plan and `.converge/session.json`.
    static func outcomeOnDisk(_ root: String) throws -> [String: [UInt8]] {
        let source = root + "/" + Self.source, target = root + "/" + Self.target
        let bases = try MergeBaseProvider(choice: .auto, source: source, target: target)
        let plan = try PlanReader.read(workspace: .locate(root: root, source: source, target: target), bases: bases)
        let file = SessionFile(projectRoot: root, migration: SessionMigration(source: Self.source, target: Self.target))
        let session = try #require(try file.load())
        let kinds = Set(session.decisions.hunks.values.map { "\($0)" })
        #expect(kinds == ["target", "source", "targetThenSource", "sourceThenTarget", "base"], "one of each choice: \(kinds)")
        var written: [String: [UInt8]] = [:]
        for file in Outcome(plan: plan, session: session).files {
            if case .write(let bytes) = file.content { written[file.path] = bytes }
        }
        #expect(written.count >= 5)
        return written
    }
}
