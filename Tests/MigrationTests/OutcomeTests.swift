import Migration
import PythonSource
import Testing

/// The outcome as a pure function of plan and session: every hunk decision, what the
/// session leaves open, file decisions per class, review until confirmed, and accepted
/// rewrites placed in the merged, copied and outside files.
@Suite struct OutcomeTests {
    static let base = PlanBuilderTests.base, target = PlanBuilderTests.target, source = PlanBuilderTests.source

    /// A plan of `old/pkg` → `new/pkg` under a project root, built from texts.
    func plan(sourceFiles: [String: String], targetFiles: [String: String], base: [String: String] = [:],
              others: [String: String] = [:], layout: [String] = []) throws -> Plan {
        var scanned: [ScannedFile] = [], texts: [String: ConflictTexts] = [:]
        let side = ScannedSide(kind: .file, size: 1, mode: 0o644)
        for path in Set(sourceFiles.keys).union(targetFiles.keys) {
            let fileClass: FileClass
            switch (sourceFiles[path], targetFiles[path]) {
            case let (s?, t?): fileClass = s == t ? .same : .conflict
            case (_?, nil): fileClass = .sourceOnly
            default: fileClass = .targetOnly
            }
            scanned.append(ScannedFile(path: path, fileClass: fileClass, flags: [], source: sourceFiles[path] == nil ? nil : side,
                                       target: targetFiles[path] == nil ? nil : side))
            if fileClass == .conflict {
                texts[path] = ConflictTexts(source: Array(sourceFiles[path]!.utf8), target: Array(targetFiles[path]!.utf8))
            }
        }
        var python: [String: [UInt8]] = [:]
        for (path, text) in sourceFiles { python["old/pkg/\(path)"] = Array(text.utf8) }
        for (path, text) in targetFiles { python["new/pkg/\(path)"] = Array(text.utf8) }
        for (path, text) in others { python[path] = Array(text.utf8) }
        let workspace = Workspace(root: "/project", source: "/project/old/pkg", target: "/project/new/pkg",
                                  sourcePackage: ModuleName("old.pkg"), targetPackage: ModuleName("new.pkg"))
        return PlanBuilder(workspace: workspace, scan: WorkspaceScan(source: "old/pkg", target: "new/pkg", files: scanned, conflictTexts: texts),
                           base: { path in base[path].map { (Array($0.utf8), .found(origin: "base/\(path)")) } ?? (nil, .none) },
                           projectFiles: ProjectFiles(root: "/project", python: python),
                           layoutRules: try layout.map { try LayoutRule(parsing: $0) }).build()
    }

    func written(_ outcome: Outcome, _ path: String) throws -> String {
        let file = try #require(outcome.files.first { $0.path == path })
        guard case .write(let bytes) = file.content else {
            Issue.record("\(path) is \(file.content), not written")
            return ""
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func strategyPlan() throws -> (Plan, FileMerge) {
        let plan = try plan(sourceFiles: ["strategy.py": Self.source], targetFiles: ["strategy.py": Self.target],
                            base: ["strategy.py": Self.base])
        return (plan, try #require(plan.merge(at: "strategy.py")))
    }

    @Test func undecidedConflictShowsMarkersAndIsListed() throws {
        let (plan, _) = try strategyPlan()
        let outcome = Outcome(plan: plan, session: Session())
        let text = try written(outcome, "strategy.py")
        #expect(text.contains("<<<<<<< target\n    return 30\n=======\n    return 300\n>>>>>>> source\n"))
        #expect(text.contains("    return 10\n") && text.contains("    return 20\n"), "one-sided changes merged")
        #expect(outcome.undecided.map(\.description) == ["strategy.py: line 10: conflict undecided"])
        #expect(outcome.files.first { $0.path == "strategy.py" }?.state == .undecided)
    }

    @Test(arguments: [
        (HunkDecision.target, "    return 30\n"), (.source, "    return 300\n"), (.base, "    return 3\n"),
        (.targetThenSource, "    return 30\n    return 300\n"), (.sourceThenTarget, "    return 300\n    return 30\n"),
        (.edited(Array("    return 42\r\n".utf8)), "    return 42\r\n"),
    ]) func everyHunkDecisionWritesItsLines(decision: HunkDecision, lines: String) throws {
        let (plan, merge) = try strategyPlan()
        var session = Session()
        session.decide(try #require(merge.hunks.last).key, decision)
        let outcome = Outcome(plan: plan, session: session)
        let expected = "import os\n\ndef a():\n    return 10\n\ndef b():\n    return 20\n\ndef c():\n" + lines
        #expect(try written(outcome, "strategy.py") == expected)
        #expect(outcome.undecided.isEmpty)
        #expect(outcome.files.first { $0.path == "strategy.py" }?.state == .review, "auto-merged hunks wait for review")
        session.confirm("strategy.py")
        #expect(Outcome(plan: plan, session: session).files.first { $0.path == "strategy.py" }?.state == .done)
    }

    @Test func aDecisionOverridesAnAutoMergedHunk() throws {
        let (plan, merge) = try strategyPlan()
        var session = Session()
        session.decide(merge.hunks[0].key, .base)
        session.decide(merge.hunks[2].key, .target)
        let text = try written(Outcome(plan: plan, session: session), "strategy.py")
        #expect(text.contains("def a():\n    return 1\n") && text.contains("def b():\n    return 20\n"))
    }

    @Test(arguments: [
        (OutcomeOptions.Unresolved.target, "    return 30\n"), (.source, "    return 300\n"),
        (.union, "    return 30\n    return 300\n"),
    ]) func resolveOptionDecidesWhatTheSessionLeavesOpen(unresolved: OutcomeOptions.Unresolved, lines: String) throws {
        let (plan, _) = try strategyPlan()
        let outcome = Outcome(plan: plan, session: Session(), options: OutcomeOptions(unresolved: unresolved))
        #expect(try written(outcome, "strategy.py").hasSuffix("def c():\n" + lines))
        #expect(outcome.undecided.isEmpty)
    }

    @Test func markersOptionWritesMarkersWithoutListingThem() throws {
        let (plan, _) = try strategyPlan()
        let outcome = Outcome(plan: plan, session: Session(), options: OutcomeOptions(unresolved: .markers))
        #expect(try written(outcome, "strategy.py").contains("<<<<<<< target\n"))
        #expect(outcome.undecided.isEmpty)
    }

    @Test func fileDecisionsPerClass() throws {
        let plan = try plan(sourceFiles: ["strategy.py": Self.source, "extra.py": "X = 1\n", "same.py": "s\n"],
                            targetFiles: ["strategy.py": Self.target, "ui.py": "Y = 2\n", "same.py": "s\n"])
        var session = Session()
        let outcome = Outcome(plan: plan, session: session)
        let contents = Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.path, $0.content) })
        #expect(contents["extra.py"] == .copy(from: "extra.py", rewrites: []))
        #expect(contents["ui.py"] == .keep)
        #expect(contents["same.py"] == .keep)
        session.decide(file: "extra.py", .skip)
        session.decide(file: "strategy.py", .takeSource)
        let decided = Dictionary(uniqueKeysWithValues: Outcome(plan: plan, session: session).files.map { ($0.path, $0.content) })
        #expect(decided["extra.py"] == nil)
        #expect(decided["strategy.py"] == .copy(from: "strategy.py", rewrites: []))
        session.decide(file: "strategy.py", .takeTarget)
        let kept = Outcome(plan: plan, session: session)
        #expect(kept.files.first { $0.path == "strategy.py" }?.content == .keep)
        #expect(kept.undecided.isEmpty)
    }

    @Test func movedModuleIsMappedUnlessCopied() throws {
        let detection = "def detect_regime(x):\n    return x\n\nclass RegimeDetector:\n    pass\n"
        let plan = try plan(sourceFiles: ["regime_utils.py": detection],
                            targetFiles: ["regime_detection.py": detection + "\ndef extra():\n    pass\n"],
                            others: ["app/main.py": "from old.pkg.regime_utils import detect_regime\n"])
        #expect(plan.scan.files.first { $0.path == "regime_utils.py" }?.fileClass == .moved)
        #expect(plan.scan.counts[.moved] == 1)
        let outcome = Outcome(plan: plan, session: Session())
        #expect(!outcome.files.contains { $0.path == "regime_utils.py" })
        #expect(outcome.rewrites["app/main.py"]?.map(\.after) == ["new.pkg.regime_detection"])
        var session = Session()
        session.decide(file: "regime_utils.py", .copy)
        #expect(Outcome(plan: plan, session: session).files.contains { $0.path == "regime_utils.py" })
    }

    @Test func rewritesArePlacedInMergedAndCopiedFiles() throws {
        let header = "from old.pkg.helpers import h\n"
        let plan = try plan(sourceFiles: ["strategy.py": header + Self.source, "extra.py": "import old.pkg.helpers\n",
                                          "helpers.py": "def h(): pass\n"],
                            targetFiles: ["strategy.py": header + Self.target, "helpers.py": "def h(): pass\n"],
                            base: ["strategy.py": header + Self.base])
        var session = Session()
        for hunk in try #require(plan.merge(at: "strategy.py")).hunks { session.decide(hunk.key, .source) }
        let outcome = Outcome(plan: plan, session: session)
        #expect(try written(outcome, "strategy.py").hasPrefix("from new.pkg.helpers import h\n"))
        #expect(outcome.unplacedRewrites.isEmpty)
        guard case .copy(let from, let rewrites)? = outcome.files.first(where: { $0.path == "extra.py" })?.content else {
            Issue.record("extra.py is not copied")
            return
        }
        #expect(from == "extra.py" && rewrites.map(\.after) == ["new.pkg"])
    }

    @Test func rejectedRewriteIsNotWritten() throws {
        let plan = try plan(sourceFiles: ["a.py": "x\n"], targetFiles: ["a.py": "x\n"],
                            others: ["app/main.py": "import old.pkg.a\n"])
        let proposal = try #require(plan.proposals.first)
        var session = Session()
        session.decide(ProposalKey(path: proposal.path, line: proposal.line, before: proposal.before, after: proposal.after), .reject)
        #expect(Outcome(plan: plan, session: session).rewrites.isEmpty)
        #expect(Outcome(plan: plan, session: Session()).rewrites["app/main.py"]?.count == 1)
    }

    @Test func initConflictsAreDecidedByName() throws {
        let plan = try plan(sourceFiles: ["__init__.py": "from .a import X\nVERSION = 2\n"],
                            targetFiles: ["__init__.py": "from .b import Y\nVERSION = 1\n"])
        let combined = try #require(plan.initFiles.first)
        let open = Outcome(plan: plan, session: Session())
        #expect(open.undecided.map(\.description) == ["__init__.py: VERSION: bound differently on the two sides, undecided"])
        var session = Session()
        session.decide(try #require(combined.hunks.first), .source)
        let decided = Outcome(plan: plan, session: session)
        let text = try written(decided, "__init__.py")
        #expect(text.contains("VERSION = 2\n") && !text.contains("VERSION = 1") && !text.contains("<<<<<<<"))
        #expect(text.contains("from .a import X") && text.contains("from .b import Y"))
        #expect(decided.files.first { $0.path == "__init__.py" }?.state == .review)
    }

    @Test func layoutRulesMoveFilesAndAddInitFiles() throws {
        let plan = try plan(sourceFiles: ["comprehensive_greeks.py": "G = 1\n"], targetFiles: ["ui.py": "U = 1\n"],
                            others: ["app/main.py": "from old.pkg.comprehensive_greeks import G\n"],
                            layout: ["comprehensive_*.py=comprehensive_modules"])
        let outcome = Outcome(plan: plan, session: Session())
        #expect(outcome.files.map(\.path) == ["comprehensive_modules/__init__.py", "comprehensive_modules/comprehensive_greeks.py", "ui.py"])
        #expect(outcome.files.first?.content == .write([]))
        #expect(outcome.rewrites["app/main.py"]?.map(\.after) == ["new.pkg.comprehensive_modules.comprehensive_greeks"])
    }
}
