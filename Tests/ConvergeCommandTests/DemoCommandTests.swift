import ConvergeTestSupport
import Foundation
import Testing

/// `converge demo` run as a user runs it: the sample written where asked (or in a new
/// temporary folder), what to run next, and one line with exit 2 for a bad folder.
@Suite struct DemoCommandTests {
    static let source = "backtester_v2/market_regime"
    static let target = "backtester_v2/strategies/market_regime"

    func expectedOutput(_ folder: String) -> String {
        let text = """
            Demo sample written to \(folder)
              source: \(folder)/\(Self.source) (61 files)
              target: \(folder)/\(Self.target) (21 files)
              git history: 4 commits; the first holds the common ancestor

            Next:
              cd \(folder)
              converge scan --base auto \(folder)/\(Self.source) \(folder)/\(Self.target)
              converge scan --base auto --json \(folder)/\(Self.source) \(folder)/\(Self.target)
              python3 -m pytest -q

            """
        return text + """

            Scan: source-only 52, moved 1, conflict 5, target-only 13, same 3, excluded 0
              conflict __init__.py: combined: 0 conflicts
              conflict excel_config_parser.py: 5 hunks: 2 conflicts, 3 auto-merged
              conflict strategy.py: 7 hunks: 2 conflicts, 5 auto-merged
              conflict tests/test_excel_config_parser.py: 2 hunks: 1 conflict, 1 auto-merged
              conflict tests/test_strategy.py: 2 hunks: 1 conflict, 1 auto-merged
              moved regime_signals.py → regime_detection.py
              rewrites: 13 code, 2 code-string, 3 config, 3 docs, 2 flag

            """
    }

    @Test func writesIntoANewFolderAndSaysWhatToRunNext() throws {
        let parent = try TemporaryFolder("converge-demo-command")
        let folder = parent.file("sample")
        let result = try Subprocess.converge(["demo", "--dir", folder, "--no-ui"])
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stderrText == "")
        #expect(result.stdoutText == expectedOutput(folder))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(Self.source)/strategy.py"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/\(Self.target)/ui_bridge.py"))
        #expect(FileManager.default.fileExists(atPath: "\(folder)/.git"))
    }

    @Test func aRelativeFolderIsMadeAbsolute() throws {
        let parent = try TemporaryFolder("converge-demo-command")
        // An existing empty folder is fine; a relative path is made absolute.
        try FileManager.default.createDirectory(atPath: parent.file("empty"), withIntermediateDirectories: false)
        let result = try Subprocess.converge(["demo", "--dir", "empty", "--no-ui"], directory: parent.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let folder = URL(fileURLWithPath: parent.file("empty")).resolvingSymlinksInPath().path
        let printed = result.stdoutText.split(separator: "\n").first.map(String.init) ?? ""
        #expect(printed.hasPrefix("Demo sample written to /") && printed.hasSuffix("/empty"))
        let written = String(printed.dropFirst("Demo sample written to ".count))
        #expect(URL(fileURLWithPath: written).resolvingSymlinksInPath().path == folder)
        #expect(result.stdoutText == expectedOutput(written))
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
        let onFile = try Subprocess.converge(["demo", "--dir", file, "--no-ui"])
        #expect(onFile.status == 2)
        #expect(onFile.stderrText == "converge: \(file): not a folder\n")
    }
}

/// The demo's plan, exactly: what `converge scan --base auto --json` finds in the sample.
@Suite struct DemoPlanTests {
    @Test func scanOfTheDemoHasExactCountsHunksAndMoves() throws {
        let parent = try TemporaryFolder("converge-demo-plan")
        let folder = parent.file("sample")
        let written = try Subprocess.converge(["demo", "--dir", folder, "--no-ui"])
        #expect(written.status == 0, "\(written.stderrText)")
        let result = try Subprocess.converge(["scan", "--base", "auto", "--json", DemoCommandTests.source, DemoCommandTests.target],
                                             directory: folder)
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        #expect(object["counts"] as? [String: Int] == ["source-only": 52, "moved": 1, "conflict": 5, "target-only": 13,
                                                       "same": 3, "excluded": 0])
        let files = try #require(object["files"] as? [[String: Any]])
        let conflicts = files.filter { $0["class"] as? String == "conflict" }
        #expect(conflicts.map { $0["path"] as? String ?? "" } == ["__init__.py", "excel_config_parser.py", "strategy.py",
                                                                  "tests/test_excel_config_parser.py", "tests/test_strategy.py"])
        #expect(conflicts.map { $0["hunks"] as? Int ?? -1 } == [0, 5, 7, 2, 2])
        #expect(conflicts.map { $0["conflicts"] as? Int ?? -1 } == [0, 2, 2, 1, 1])
        #expect(conflicts.dropFirst().allSatisfy { ($0["base"] as? String)?.hasPrefix("auto: ") == true })
        let moved = try #require(object["moved"] as? [[String: Any]])
        #expect(moved.map { $0["path"] as? String } == ["regime_signals.py"])
        #expect(moved.first?["module"] as? String == "backtester_v2.strategies.market_regime.regime_detection")
        #expect((object["problems"] as? [Any])?.isEmpty == true)
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        #expect(proposals.count == 23)
        #expect(proposals.filter { $0["kind"] as? String == "docs" }.allSatisfy { $0["default"] as? String == "off" })
        #expect(proposals.contains { $0["path"] as? String == "backtester_v2/market_regime/api_handlers.py"
            && $0["after"] as? String == ".regime_detection" })
    }
}
