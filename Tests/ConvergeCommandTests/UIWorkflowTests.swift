import ConvergeTestSupport
import Foundation
import MergeUI
import Migration
import Testing

/// The whole way through the demo on the real binary: every conflict decided in the
/// merge view, quit, reopened with the same decisions, applied from the Apply screen,
/// the files on disk. Needs the Conflicts, Merge and Apply screens (branches `lists`,
/// `mergeview`, `imports`): it runs by itself once the pure interface, given the same
/// keys, asks to apply.
@Suite struct UIWorkflowTests {
    static let source = DemoSample.sourcePackage, target = DemoSample.targetPackage

    /// On the Conflicts screen: each unresolved file opened and taken from the target
    /// for the rest of the file (`T`), back to the list each time.
    static let decideEveryConflict: [String] = ["2"] + Array(repeating: ["j", "Enter", "T", "2"], count: 4).flatMap { $0 }
    static let applyNow = ["5", "p", "y"]

    @Test(.enabled(if: Self.interfaceApplies(), "the Conflicts, Merge and Apply screens have not landed yet"))
    func decideQuitReopenAndApplyTheDemo() throws {
        let folder = try TemporaryFolder("converge-ui-workflow")
        let sample = folder.file("demo")
        let first = try TmuxSession([Subprocess.convergeBinary, "demo", "--dir", sample], width: 120, height: 40)
        try first.waitFor("1 Tree", timeout: 60)
        try first.send(Self.decideEveryConflict)
        try first.waitFor("0 unresolved conflicts")
        try first.send("q")
        #expect(try first.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: "\(sample)/.converge/session.json"))

        let second = try TmuxSession([Subprocess.convergeBinary, "--base", "auto", Self.source, Self.target],
                                     width: 120, height: 40, directory: sample)
        try second.waitFor("1 Tree", timeout: 60)
        try second.send("2")
        try second.waitFor("0 unresolved conflicts")
        try second.send(Self.applyNow)
        try second.waitFor("Verify: passed", timeout: 60)
        try second.send("q")
        #expect(try second.waitForExit() == 0)

        let strategy = String(decoding: try Data(contentsOf: URL(fileURLWithPath: "\(sample)/\(Self.target)/strategy.py")), as: UTF8.self)
        #expect(!strategy.contains("<<<<<<<"))
        #expect(FileManager.default.fileExists(atPath: "\(sample)/\(Self.target)/comprehensive_atr_indicator.py"))
        #expect(FileManager.default.fileExists(atPath: "\(sample)/.converge/applied.json"))
        let status = try Subprocess.run("git", ["status", "--porcelain"], directory: sample)
        #expect(!status.stdoutText.isEmpty, "the apply changed the work tree")
        let rollback = try Subprocess.converge(["rollback"], directory: sample)
        #expect(rollback.status == 0, "\(rollback.stderrText)")
        #expect(try Subprocess.run("git", ["status", "--porcelain"], directory: sample).stdoutText == "")
    }

    /// Whether the pure interface, on the demo plan, given the keys above (Enter as
    /// `<enter>`), asks to apply.
    static func interfaceApplies() -> Bool {
        guard let folder = try? TemporaryFolder("converge-ui-workflow"), (try? DemoSample.write(into: folder.path)) != nil else { return false }
        let source = folder.path + "/" + Self.source, target = folder.path + "/" + Self.target
        guard let bases = try? MergeBaseProvider(choice: .auto, source: source, target: target),
              let plan = try? PlanReader.read(workspace: .locate(root: folder.path, source: source, target: target), bases: bases)
        else { return false }
        var state = AppState(plan: plan)
        var effects: [Effect] = []
        for name in decideEveryConflict + applyNow {
            guard let key = Key(name: name == "Enter" ? "<enter>" : name) else { return false }
            effects = state.handle(key)
        }
        return effects.contains(.apply)
    }
}
