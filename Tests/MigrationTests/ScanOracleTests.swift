import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// The scan's classification checked two ways on generated trees: against the trees'
/// ground truth (every class and flag), and against GNU `diff -rq --no-dereference`,
/// the tool a user would check it with.
@Suite struct ScanOracleTests {
    @Test(arguments: [1, 7, 42] as [UInt64]) func classificationMatchesGroundTruth(seed: UInt64) throws {
        var trees = try ScanTreeGenerator(seed: seed)
        try trees.generate(count: 60)
        let scan = try WorkspaceScan.scan(source: trees.source, target: trees.target)
        var found: [String: (FileClass, FileClassFlags)] = [:]
        for file in scan.files { found[file.path] = (file.fileClass, file.flags) }
        #expect(Set(found.keys) == Set(trees.expected.keys))
        for (path, truth) in trees.expected {
            #expect(found[path]?.0 == truth.0, "\(path): class")
            #expect(found[path]?.1 == truth.1, "\(path): flags")
        }
        #expect(scan.files.map(\.path) == scan.files.map(\.path).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
        #expect(scan.counts.values.reduce(0, +) == scan.files.count)
    }

    @Test(arguments: [3, 11] as [UInt64]) func classificationAgreesWithDiff(seed: UInt64) throws {
        var trees = try ScanTreeGenerator(seed: seed)
        try trees.generate(count: 80)
        let scan = try WorkspaceScan.scan(source: trees.source, target: trees.target)
        let excludes = ExcludeRules.defaultLines.flatMap { ["-x", $0.hasSuffix("/") ? String($0.dropLast()) : $0] }
        let result = try Subprocess.run("diff", ["-rq", "--no-dereference"] + excludes + [trees.source, trees.target])
        #expect(result.status == 1, "\(result.stderrText)")
        let report = DiffReport(result.stdoutText, source: trees.source, target: trees.target)
        #expect(report.differing == Set(scan.files.filter { $0.fileClass == .conflict }.map(\.path)))
        for file in scan.files where file.fileClass == .sourceOnly || file.fileClass == .targetOnly {
            let only = file.fileClass == .sourceOnly ? report.onlyInSource : report.onlyInTarget
            let covered = only.contains { file.path == $0 || file.path.hasPrefix($0 + "/") }
                || report.differing.contains { file.path.hasPrefix($0 + "/") }
            #expect(covered, "\(file.path) is \(file.fileClass.rawValue) but diff does not say so")
        }
        for prefix in report.onlyInSource.union(report.onlyInTarget) {
            let side: FileClass = report.onlyInSource.contains(prefix) ? .sourceOnly : .targetOnly
            let under = scan.files.filter { $0.path == prefix || $0.path.hasPrefix(prefix + "/") }
            #expect(!under.isEmpty && under.allSatisfy { $0.fileClass == side || $0.fileClass == .excluded }, "\(prefix)")
        }
    }

    @Test func unreadableFolderNamesItsPath() throws {
        let folder = try TemporaryFolder("converge-scan-missing")
        #expect(throws: ScanError.self) { try WorkspaceScan.scan(source: folder.file("nope"), target: folder.path) }
        do {
            _ = try WorkspaceScan.scan(source: folder.file("nope"), target: folder.path)
        } catch {
            #expect(error.path == folder.file("nope"))
        }
    }
}
