import ConvergeTestSupport
import Foundation
import Testing

/// `converge scan` run as a user runs it: the text and JSON reports of two small trees,
/// excludes from the command line and from `.convergeignore`, and bad input that exits 2
/// with one line naming the path.
@Suite struct ScanCommandTests {
    func makeTrees() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-scan-command")
        let files: [String: String] = [
            "source/pkg/__init__.py": "from .a import f\n",
            "target/pkg/__init__.py": "from .a import f\n",
            "source/pkg/a.py": "def f(): return 1\n",
            "target/pkg/a.py": "def f(): return 2\n",
            "source/pkg/only_source.py": "x = 1\n",
            "target/pkg/only_target.py": "y = 2\n",
            "source/pkg/__pycache__/a.cpython-312.pyc": "junk",
            "source/pkg/data.log": "log\n",
        ]
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: (folder.file(path) as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try folder.write(path, text)
        }
        return folder
    }

    @Test func textReportCountsAndListsWhatIsNotSame() throws {
        let folder = try makeTrees()
        let result = try Subprocess.converge(["scan", "--root", folder.path, "source", "target"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        #expect(result.stdoutText == """
            source-only: 2
            moved: 0
            conflict: 1
            target-only: 1
            same: 1
            excluded: 1

            excluded: pkg/__pycache__ [excluded]
            conflict: pkg/a.py: 1 hunk: 1 conflict, 0 auto-merged
            source-only: pkg/data.log
            source-only: pkg/only_source.py
            target-only: pkg/only_target.py

            """)
    }

    @Test func jsonReportHasCountsAndFiles() throws {
        let folder = try makeTrees()
        let result = try Subprocess.converge(["scan", "--json", "--exclude", "*.log", "--root", folder.path,
                                              folder.file("source"), folder.file("target")])
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts == ["source-only": 1, "moved": 0, "conflict": 1, "target-only": 1, "same": 1, "excluded": 2])
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["pkg/__pycache__", "pkg/a.py", "pkg/data.log",
                                                         "pkg/only_source.py", "pkg/only_target.py"])
        #expect(files.map { $0["class"] as? String } == ["excluded", "conflict", "excluded", "source-only", "target-only"])
        #expect(files[0]["flags"] as? [String] == ["excluded"])
        #expect(files[1]["flags"] as? [String] == [])
        #expect(files[1]["hunks"] as? Int == 1)
        #expect(files[1]["conflicts"] as? Int == 1)
        #expect(files[1]["auto-merged"] as? Int == 0)
        #expect(files[0]["hunks"] == nil)
        #expect(object["proposals"] as? [Any] != nil)
    }

    @Test func convergeignoreAtTheRootExcludesAndNegates() throws {
        let folder = try makeTrees()
        try folder.write(".convergeignore", "# not code\n*.log\n!__pycache__/\n")
        let result = try Subprocess.converge(["scan", "--json", "source", "target"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(counts["excluded"] == 2)
        #expect(counts["source-only"] == 1)
        let files = try #require(object["files"] as? [[String: Any]])
        // The folder is entered again, and the compiled file in it is still excluded by the default *.pyc.
        #expect(files.contains { $0["path"] as? String == "pkg/__pycache__/a.cpython-312.pyc" && $0["class"] as? String == "excluded" })
    }

    @Test func proposalsRewriteImportsOfSourceToTarget() throws {
        let folder = try makeTrees()
        try FileManager.default.createDirectory(atPath: folder.file("app"), withIntermediateDirectories: true)
        try folder.write("app/routes.py", "from source.pkg.a import f\n")
        let result = try Subprocess.converge(["scan", "--json", "source", "target"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let proposals = try #require(object["proposals"] as? [[String: Any]])
        #expect(proposals.count == 1)
        #expect(proposals.first?["path"] as? String == "app/routes.py")
        #expect(proposals.first?["before"] as? String == "source")
        #expect(proposals.first?["after"] as? String == "target")
        let text = try Subprocess.converge(["scan", "source", "target"], directory: folder.path)
        #expect(text.stdoutText.hasSuffix("\n\nrewrites: 1 code\napp/routes.py:1 code: source → target\n"), "\(text.stdoutText)")
    }

    @Test func baseFolderMakesOneSidedChangesAutoMerged() throws {
        let folder = try makeTrees()
        try FileManager.default.createDirectory(atPath: folder.file("base/pkg"), withIntermediateDirectories: true)
        try folder.write("source/pkg/a.py", "def f(): return 1\n\n\n\ndef g(): return 1\n")
        try folder.write("target/pkg/a.py", "def f(): return 2\n\n\n\ndef g(): return 0\n")
        try folder.write("base/pkg/a.py", "def f(): return 0\n\n\n\ndef g(): return 0\n")
        let result = try Subprocess.converge(["scan", "--json", "--base", "base", "source", "target"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let files = try #require(object["files"] as? [[String: Any]])
        let merged = try #require(files.first { $0["path"] as? String == "pkg/a.py" })
        #expect(merged["hunks"] as? Int == 2)
        #expect(merged["conflicts"] as? Int == 1)
        #expect(merged["auto-merged"] as? Int == 1)
        #expect(merged["base"] as? String == "base/pkg/a.py")
        let twoWay = try Subprocess.converge(["scan", "--json", "source", "target"], directory: folder.path)
        let twoWayObject = try #require(try JSONSerialization.jsonObject(with: Data(twoWay.stdout)) as? [String: Any])
        let twoWayFile = try #require((twoWayObject["files"] as? [[String: Any]])?.first { $0["path"] as? String == "pkg/a.py" })
        #expect(twoWayFile["auto-merged"] as? Int == 0)
        #expect(twoWayFile["conflicts"] as? Int == twoWayFile["hunks"] as? Int)
    }

    @Test(arguments: [
        (["--base", "b", "--base-rev", "HEAD", "source", "target"], "--base and --base-rev: give one of them, not both"),
        (["--base", "nothere", "source", "target"], "nothere: no such folder (--base)"),
        (["--layout", "x.py", "source", "target"], "x.py: a layout rule is GLOB=FOLDER (--layout)"),
        (["missing", "target"], "missing: no such folder"),
        (["source", "source"], "source: is the same folder as SOURCE source"),
        (["source", "source/pkg"], "source/pkg: is inside SOURCE source"),
        (["target/pkg", "target"], "target/pkg: is inside TARGET target"),
        (["source/pkg/a.py", "target"], "source/pkg/a.py: not a folder"),
    ]) func badInputExitsTwoWithOneLine(arguments: [String], message: String) throws {
        let folder = try makeTrees()
        let result = try Subprocess.converge(["scan"] + arguments, directory: folder.path)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrText.hasPrefix("converge: \(message)"), "\(result.stderrText)")
        #expect(result.stderrText.split(separator: "\n").count == 1)
    }
}

/// `converge.toml` read by `converge scan`: its rules apply, flags win, and a broken
/// file stops the scan with one line naming it.
@Suite struct ScanConfigTests {
    func project(_ config: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-scan-config")
        try folder.write(tree: [
            "old_pkg/__init__.py": "", "old_pkg/comprehensive_greeks.py": "G = 1\n", "old_pkg/notes.log": "x\n",
            "new_pkg/__init__.py": "", "new_pkg/ui.py": "U = 1\n",
            "converge.toml": config,
        ])
        return folder
    }

    @Test func layoutAndExcludesComeFromTheFileAndFlagsWin() throws {
        let folder = try project("layout = [\"comprehensive_*.py=comprehensive_modules\"]\nexclude = [\"*.log\"]\n")
        let result = try Subprocess.converge(["scan", "--json", "old_pkg", "new_pkg"], directory: folder.path)
        #expect(result.status == 0, "\(result.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout)) as? [String: Any])
        let layout = try #require(object["layout"] as? [[String: String]])
        #expect(layout.contains { $0["to"] == "comprehensive_modules/comprehensive_greeks.py" })
        #expect((object["counts"] as? [String: Int])?["excluded"] == 1)
        let flagged = try Subprocess.converge(["scan", "--json", "--layout", "*.py=other", "old_pkg", "new_pkg"], directory: folder.path)
        let flaggedObject = try #require(try JSONSerialization.jsonObject(with: Data(flagged.stdout)) as? [String: Any])
        let flaggedLayout = try #require(flaggedObject["layout"] as? [[String: String]])
        #expect(!flaggedLayout.contains { $0["to"] == "comprehensive_modules/comprehensive_greeks.py" })
    }

    @Test func aBrokenFileStopsTheScanWithOneLine() throws {
        let folder = try project("layout = [\n")
        let result = try Subprocess.converge(["scan", "old_pkg", "new_pkg"], directory: folder.path)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrText.hasPrefix("converge: \(folder.path)/converge.toml:"), "\(result.stderrText)")
        #expect(result.stderrText.split(separator: "\n").count == 1)
    }
}
