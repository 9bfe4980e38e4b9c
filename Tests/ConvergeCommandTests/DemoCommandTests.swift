import ConvergeTestSupport
import Foundation
import Testing

/// `converge demo` run as a user runs it: the sample written where asked (or in a new
/// temporary folder), what to run next, and one line with exit 2 for a bad folder.
@Suite struct DemoCommandTests {
    static let source = "backtester_v2/market_regime"
    static let target = "backtester_v2/strategies/market_regime"

    func expectedOutput(_ folder: String, ui: Bool) -> String {
        var text = """
            Demo sample written to \(folder)
              source: \(folder)/\(Self.source) (60 files)
              target: \(folder)/\(Self.target) (20 files)
              git history: 4 commits; the first holds the common ancestor

            Next:
              cd \(folder)
              converge scan \(folder)/\(Self.source) \(folder)/\(Self.target)
              converge scan --json \(folder)/\(Self.source) \(folder)/\(Self.target)
              python3 -m pytest -q

            """
        if ui { text += "\nThe interface is not available yet: use the commands above.\n" }
        return text
    }

    @Test func writesIntoANewFolderAndSaysWhatToRunNext() throws {
        let parent = try TemporaryFolder("converge-demo-command")
        let folder = parent.file("sample")
        let result = try Subprocess.converge(["demo", "--dir", folder, "--no-ui"])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stderrText == "")
        #expect(result.stdoutText == expectedOutput(folder, ui: false))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(Self.source)/strategy.py"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(Self.target)/ui_bridge.py"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/.git"))
    }

    @Test func withoutNoUIItSaysTheInterfaceIsNotThereYet() throws {
        let parent = try TemporaryFolder("converge-demo-command")
        // An existing empty folder is fine; a relative path is made absolute.
        try FileManager.default.createDirectory(atPath: parent.file("empty"), withIntermediateDirectories: false)
        let result = try Subprocess.converge(["demo", "--dir", "empty"], directory: parent.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let folder = URL(fileURLWithPath: parent.file("empty")).resolvingSymlinksInPath().path
        let printed = result.stdoutText.split(separator: "\n").first.map(String.init) ?? ""
        #expect(printed.hasPrefix("Demo sample written to /") && printed.hasSuffix("/empty"))
        let written = String(printed.dropFirst("Demo sample written to ".count))
        #expect(URL(fileURLWithPath: written).resolvingSymlinksInPath().path == folder)
        #expect(result.stdoutText == expectedOutput(written, ui: true))
    }

    @Test func defaultsToANewTemporaryFolder() throws {
        let result = try Subprocess.converge(["demo", "--no-ui"])
        #expect(result.status == 0, "\(result.stderrText)")
        let printed = result.stdoutText.split(separator: "\n").first.map(String.init) ?? ""
        let folder = String(printed.dropFirst("Demo sample written to ".count))
        #expect(printed.hasPrefix("Demo sample written to ") && folder.contains("converge-demo."))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(Self.target)/strategy.py"))
        if folder.contains("converge-demo.") { try? FileManager.default.removeItem(atPath: folder) }
    }

    @Test func aFolderThatIsNotEmptyExitsTwoWithOneLine() throws {
        let folder = try TemporaryFolder("converge-demo-command")
        try folder.write("keep.txt", "mine\n")
        let result = try Subprocess.converge(["demo", "--dir", folder.path, "--no-ui"])
        #expect(result.status == 2)
        #expect(result.stdoutText == "")
        #expect(result.stderrText == "converge: \(folder.path): folder is not empty\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["keep.txt"])
    }

    @Test func aFolderThatCannotBeWrittenExitsTwoWithOneLine() throws {
        let folder = try TemporaryFolder("converge-demo-command")
        let file = try folder.write("plain.txt", "x\n")
        let inside = try Subprocess.converge(["demo", "--dir", file + "/sample", "--no-ui"])
        #expect(inside.status == 2)
        #expect(inside.stderrText == "converge: \(file): not a folder\n")
        let onFile = try Subprocess.converge(["demo", "--dir", file])
        #expect(onFile.status == 2)
        #expect(onFile.stderrText == "converge: \(file): not a folder\n")
    }
}
