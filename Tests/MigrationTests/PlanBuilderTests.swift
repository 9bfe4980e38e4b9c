import Migration
import PythonSource
import Testing

/// The plan's merges: hunk kinds with and without a base, keys that name hunks by
/// content, `__init__.py` files combined instead of merged, and files that cannot be
/// merged as text reported as problems.
@Suite struct PlanBuilderTests {
    static let base = "import os\n\ndef a():\n    return 1\n\ndef b():\n    return 2\n\ndef c():\n    return 3\n"
    /// Changes a() alone, and c() differently from the source.
    static let target = "import os\n\ndef a():\n    return 10\n\ndef b():\n    return 2\n\ndef c():\n    return 30\n"
    /// Changes b() alone, and c() differently from the target.
    static let source = "import os\n\ndef a():\n    return 1\n\ndef b():\n    return 20\n\ndef c():\n    return 300\n"

    func plan(_ files: [String: (source: String, target: String)], base: [String: String]? = nil,
              flags: [String: FileClassFlags] = [:]) -> Plan {
        let scanned = files.keys.map { path in
            ScannedFile(path: path, fileClass: .conflict, flags: flags[path] ?? [],
                        source: ScannedSide(kind: .file, size: 1, mode: 0o644), target: ScannedSide(kind: .file, size: 1, mode: 0o644))
        }
        var texts: [String: ConflictTexts] = [:]
        for (path, pair) in files where flags[path] == nil {
            texts[path] = ConflictTexts(source: Array(pair.source.utf8), target: Array(pair.target.utf8))
        }
        let scan = WorkspaceScan(source: "old/pkg", target: "new/pkg", files: scanned, conflictTexts: texts)
        let workspace = Workspace(root: "/project", source: "old/pkg", target: "new/pkg",
                                  sourcePackage: ModuleName("old.pkg"), targetPackage: ModuleName("new.pkg"))
        return PlanBuilder(workspace: workspace, scan: scan, base: { path in
            guard let base else { return (nil, .none) }
            guard let text = base[path] else { return (nil, .missing(reason: "not in base/")) }
            return (Array(text.utf8), .found(origin: "base/\(path)"))
        }).build()
    }

    @Test func threeWayMergeHasOneSidedHunksAndConflicts() throws {
        let plan = plan(["strategy.py": (Self.source, Self.target)], base: ["strategy.py": Self.base])
        let merge = try #require(plan.merge(at: "strategy.py"))
        #expect(merge.hunks.map(\.kind) == [.target, .source, .conflict])
        #expect(merge.conflictCount == 1 && merge.autoMergedCount == 2)
        #expect(merge.base == .found(origin: "base/strategy.py"))
        #expect(plan.problems.isEmpty)
        #expect(plan.hunkKeys.count == 3)
    }

    @Test func twoWayMergeMakesEveryDifferenceAConflict() throws {
        let plan = plan(["strategy.py": (Self.source, Self.target)])
        let merge = try #require(plan.merge(at: "strategy.py"))
        #expect(!merge.hunks.isEmpty)
        #expect(merge.hunks.allSatisfy { $0.kind == .conflict })
        #expect(merge.base == .none)
        // Every difference of the two sides is inside a conflict.
        let lines = { (text: String) in text.split(separator: "\n", omittingEmptySubsequences: false) }
        let changed = zip(lines(Self.target), lines(Self.source)).enumerated().filter { $0.element.0 != $0.element.1 }.map(\.offset)
        for line in changed {
            #expect(merge.hunks.contains { merge.result.regions[$0.region].target.contains(line) }, "line \(line + 1)")
        }
    }

    @Test func missingBaseIsAProblemAndMergesTwoWay() throws {
        let plan = plan(["strategy.py": (Self.source, Self.target)], base: [:])
        let merge = try #require(plan.merge(at: "strategy.py"))
        #expect(merge.hunks.allSatisfy { $0.kind == .conflict })
        #expect(plan.problems.map(\.description) == ["strategy.py: no merge base: not in base/; merged two-way"])
    }

    @Test func hunkKeysNameHunksByContent() throws {
        let first = try #require(plan(["strategy.py": (Self.source, Self.target)], base: ["strategy.py": Self.base]).merge(at: "strategy.py"))
        // Lines added at the top of both sides move every hunk down; the keys stay.
        let header = "# header\n"
        let second = try #require(plan(["strategy.py": (header + Self.source, header + Self.target)],
                                       base: ["strategy.py": header + Self.base]).merge(at: "strategy.py"))
        #expect(first.hunks.map(\.key) == second.hunks.map(\.key))
        #expect(Set(first.hunks.map(\.key.fingerprint)).count == 3)
    }

    @Test func identicalHunksGetDistinctOccurrences() throws {
        // Far enough apart that git's conflict joining (3 lines) keeps them two.
        let gap = "one\ntwo\nthree\nfour\n"
        let base = "a\nx\n\(gap)x\nc\n", target = "a\ny\n\(gap)y\nc\n", source = "a\nz\n\(gap)z\nc\n"
        let merge = try #require(plan(["f.py": (source, target)], base: ["f.py": base]).merge(at: "f.py"))
        #expect(merge.hunks.count == 2)
        #expect(merge.hunks[0].key.fingerprint == merge.hunks[1].key.fingerprint)
        #expect(merge.hunks.map(\.key.occurrence) == [0, 1])
    }

    @Test func initFilesAreCombinedWithOneHunkPerConflict() throws {
        let plan = plan(["__init__.py": (source: "from .a import X\nVERSION = 2\n", target: "from .b import Y\nVERSION = 1\n")])
        #expect(plan.merges.isEmpty)
        let combined = try #require(plan.initFiles.first)
        #expect(combined.path == "__init__.py")
        #expect(combined.combination.conflicts.map(\.name) == ["VERSION"])
        #expect(combined.hunks.count == 1)
        let text = String(decoding: combined.combination.bytes, as: UTF8.self)
        #expect(text.contains("from .a import X") && text.contains("from .b import Y"))
    }

    @Test func binaryConflictIsAProblemNotAMerge() {
        let plan = plan(["logo.png": (source: "a", target: "b")], flags: ["logo.png": .binary])
        #expect(plan.merges.isEmpty)
        #expect(plan.problems.map(\.description) == ["logo.png: binary: take one side"])
    }
}
