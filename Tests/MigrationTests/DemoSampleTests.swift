import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The `converge demo` sample: its exact tree, its git history (the first commit holds
/// the common ancestor of the conflicting files), and that its Python tests pass.
@Suite struct DemoSampleTests {
    static let source = DemoSample.sourcePackage
    static let target = DemoSample.targetPackage

    static let hasPytest: Bool = {
        (try? Subprocess.run("python3", ["-c", "import pytest"]).status) == 0
    }()

    /// Every file under `root` except `.git/`, root-relative.
    static func listing(_ root: String) -> Set<String> {
        var result = Set<String>()
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let path = enumerator?.nextObject() as? String {
            if path == ".git" { enumerator?.skipDescendants(); continue }
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { result.insert(path) }
        }
        return result
    }

    static func git(_ arguments: [String], in folder: String) throws -> String {
        let result = try Subprocess.run("git", ["-C", folder] + arguments)
        #expect(result.status == 0, "git \(arguments): \(result.stderrText)")
        return result.stdoutText
    }

    static func writeSample() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-demo")
        try DemoSample.write(into: folder.path)
        return folder
    }

    @Test func treeHasTheExactFilesAndCounts() throws {
        let folder = try Self.writeSample()
        let files = Self.listing(folder.path)
        #expect(files == Set(DemoSample.files.keys))
        for (path, text) in DemoSample.files {
            #expect(String(decoding: try folder.read(path), as: UTF8.self) == text, "\(path)")
        }
        let sourceFiles = files.filter { $0.hasPrefix(Self.source + "/") }
        let targetFiles = files.filter { $0.hasPrefix(Self.target + "/") }
        #expect(sourceFiles.count == 61)
        #expect(targetFiles.count == 21)
        #expect(DemoSample.sourceFileCount == 61 && DemoSample.targetFileCount == 21)
        #expect(sourceFiles.filter { $0.contains("/comprehensive_") }.count == 24)
        #expect(sourceFiles.filter { $0.contains("/enhanced_") }.count == 24)
        let sourceCore = sourceFiles.filter { !$0.contains("/comprehensive_") && !$0.contains("/enhanced_") }
        #expect(sourceCore == Set([
            "__init__.py", "api_handlers.py", "constants.py", "excel_config_parser.py", "regime_signals.py", "strategy.py",
            "utils.py", "tests/__init__.py", "tests/test_api_handlers.py", "tests/test_comprehensive.py",
            "tests/test_enhanced.py", "tests/test_excel_config_parser.py", "tests/test_strategy.py",
        ].map { Self.source + "/" + $0 }))
        #expect(sourceFiles.contains(Self.source + "/comprehensive_trend_analyzer.py"))
        #expect(sourceFiles.contains(Self.source + "/enhanced_time_of_day.py"))
        #expect(targetFiles == Set([
            "__init__.py", "constants.py", "excel_config_parser.py", "strategy.py", "utils.py",
            "chart_data.py", "form_validation.py", "progress_reporter.py", "regime_detection.py", "regime_display.py",
            "result_formatter.py", "session_store.py", "ui_bridge.py", "ui_config_schema.py", "ui_state.py",
            "websocket_events.py",
            "tests/__init__.py", "tests/test_excel_config_parser.py", "tests/test_result_formatter.py",
            "tests/test_strategy.py", "tests/test_ui_bridge.py",
        ].map { Self.target + "/" + $0 }))
        #expect(files.subtracting(sourceFiles).subtracting(targetFiles) == [
            "backtester_v2/__init__.py", "backtester_v2/strategies/__init__.py", "config.yaml",
            "docs/market_regime.md", "server/__init__.py", "server/app/__init__.py", "server/app/api/__init__.py",
            "server/app/api/routes/__init__.py", "server/app/api/routes/analysis.py",
            "server/app/api/routes/market_regime.py", "server/app/api/routes/strategy.py",
            "server/tests/__init__.py", "server/tests/test_routes.py",
        ])
        // The conflict files differ between the packages; the shared ones are equal.
        for path in DemoSample.conflictFiles {
            #expect(DemoSample.files["\(Self.source)/\(path)"] != DemoSample.files["\(Self.target)/\(path)"], "\(path)")
        }
        for path in DemoSample.sharedFiles {
            #expect(DemoSample.files["\(Self.source)/\(path)"] == DemoSample.files["\(Self.target)/\(path)"], "\(path)")
        }
        // The project outside the packages names the old path.
        #expect(DemoSample.files["server/app/api/routes/market_regime.py"]!.contains("from backtester_v2.market_regime import"))
        #expect(DemoSample.files["server/tests/test_routes.py"]!.contains("\"backtester_v2.market_regime.strategy.MarketRegimeStrategy.detect_regime\""))
        #expect(DemoSample.files["config.yaml"]!.contains("backtester_v2.market_regime.strategy"))
        #expect(DemoSample.files["docs/market_regime.md"]!.contains("backtester_v2.market_regime"))
        #expect(DemoSample.files["\(Self.source)/__init__.py"]!.contains("__all__ = ["))
    }

    @Test func historyStartsWithTheCommonAncestor() throws {
        let folder = try Self.writeSample()
        let subjects = try Self.git(["log", "--reverse", "--format=%s"], in: folder.path)
        #expect(subjects == DemoSample.commits.map { $0.message + "\n" }.joined())
        let ids = try Self.git(["log", "--reverse", "--format=%H"], in: folder.path).split(separator: "\n").map(String.init)
        #expect(ids.count == 4)
        guard ids.count == 4 else { return }
        // The commit where the target's copy first appeared: the second one.
        let added = try Self.git(["log", "--diff-filter=A", "--format=%H", "--", "\(Self.target)/strategy.py"], in: folder.path)
        #expect(added == ids[1] + "\n")
        for path in DemoSample.conflictFiles {
            let first = try Self.git(["show", "\(ids[0]):\(Self.source)/\(path)"], in: folder.path)
            let atCopy = try Self.git(["show", "\(ids[1]):\(Self.source)/\(path)"], in: folder.path)
            let copied = try Self.git(["show", "\(ids[1]):\(Self.target)/\(path)"], in: folder.path)
            #expect(first == atCopy && atCopy == copied, "\(path)")
            // Both sides changed it since.
            #expect(first != DemoSample.files["\(Self.source)/\(path)"], "\(path)")
            #expect(first != DemoSample.files["\(Self.target)/\(path)"], "\(path)")
        }
        let status = try Self.git(["status", "--porcelain"], in: folder.path)
        #expect(status.isEmpty)
        // Fixed dates and author: the same history on every run.
        let again = try Self.writeSample()
        #expect(try Self.git(["rev-parse", "HEAD"], in: again.path) == ids[3] + "\n")
    }

    @Test func conflictFilesHaveBothSidedAndOneSidedChanges() throws {
        let files = DemoSample.files
        let source = files["\(Self.source)/strategy.py"]!, target = files["\(Self.target)/strategy.py"]!
        // One side only: the volatility check (source), the progress callback (target).
        #expect(source.contains("VOLATILITY_LIMIT") && !target.contains("VOLATILITY_LIMIT"))
        #expect(target.contains("self.progress") && !source.contains("self.progress"))
        // Both sides: the same line of position_size.
        #expect(source.contains("return round(capital * self.risk * REGIMES[regime], 2)"))
        #expect(target.contains("return min(capital * self.risk * REGIMES[regime], self.max_position)"))
    }

    @Test(.enabled(if: DemoSampleTests.hasPytest, "skipped: pytest is missing (python3 -c 'import pytest' fails)"))
    func pythonTestsPassBeforeTheMigration() throws {
        let folder = try Self.writeSample()
        for (place, expected) in [("", 114), (Self.source, 104), (Self.target, 7)] {
            let directory = place.isEmpty ? folder.path : folder.path + "/" + place
            let result = try Subprocess.run("/usr/bin/env", [
                "PYTHONDONTWRITEBYTECODE=1", "python3", "-m", "pytest", "-q", "-p", "no:cacheprovider",
            ], directory: directory)
            #expect(result.status == 0, "\(place): \(result.stdoutText)\(result.stderrText)")
            #expect(result.stdoutText.contains("\(expected) passed"), "\(place): \(result.stdoutText)")
        }
    }

    @Test func refusesAFolderThatIsNotEmpty() throws {
        let folder = try TemporaryFolder("converge-demo")
        try folder.write("keep.txt", "mine\n")
        #expect(throws: DemoSampleError.self) { try DemoSample.write(into: folder.path) }
        #expect(Self.listing(folder.path) == ["keep.txt"])
        #expect(throws: DemoSampleError.self) { try DemoSample.write(into: folder.file("keep.txt")) }
    }
}
