import Migration
import PythonSource
import Testing

/// Every fixture of the spec: plan, apply what is accepted by default, compare the
/// files; then plan again over the result, which must propose nothing.
@Suite struct RewritePlannerTests {
    static let cases = RewriteFixture.absoluteCases + RewriteFixture.relativeCases + RewriteFixture.stringCases
        + RewriteFixture.configCases + RewriteFixture.lateCases + RewriteFixture.styleCases

    @Test(arguments: cases)
    func fixture(_ fixture: RewriteFixture) throws {
        let moves = ModuleMoves(fixture.moves)
        let proposals = RewriteRun.plan(fixture.tree, moves: moves, kinds: fixture.kinds,
                                        absoluteImports: fixture.absoluteImports)
        let after = try RewriteRun.apply(proposals.filter(fixture.applies),
                                         to: fixture.tree, moves: moves)
        for (path, expected) in fixture.expected {
            let actual = after[path].map { String(decoding: $0, as: UTF8.self) }
            #expect(actual == expected, "\(path); proposals: \(proposals.map(RewriteRun.line))")
        }
        let lines = proposals.map(RewriteRun.line)
        for wanted in fixture.mustPropose {
            #expect(lines.contains(wanted), "missing \(wanted) in \(lines)")
        }
    }

    @Test(arguments: cases)
    func secondRunProposesNothing(_ fixture: RewriteFixture) throws {
        let moves = ModuleMoves(fixture.moves)
        let first = RewriteRun.plan(fixture.tree, moves: moves, kinds: fixture.kinds,
                                        absoluteImports: fixture.absoluteImports)
        let after = try RewriteRun.apply(first.filter(fixture.applies),
                                         to: fixture.tree, moves: moves)
        let second = RewriteRun.plan(after, moves: moves, kinds: fixture.kinds, absoluteImports: fixture.absoluteImports).filter { $0.kind != .flag }
        #expect(second.isEmpty, "\(second.map(RewriteRun.line))")
    }

    @Test func byteOrderMarkIsKept() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("from backtester_v2.market_regime import RegimeDetector\r\n".utf8)
        var tree = RewriteFixture(name: "75", files: [:], expected: [:]).tree
        tree[RewriteFixture.routes] = bytes
        let moves = ModuleMoves(RewriteFixture.packageMove)
        let after = try RewriteRun.apply(RewriteRun.plan(tree, moves: moves).filter(\.isAcceptedByDefault), to: tree, moves: moves)
        #expect(after[RewriteFixture.routes] == [0xEF, 0xBB, 0xBF]
            + Array("from backtester_v2.strategies.market_regime import RegimeDetector\r\n".utf8))
    }

    @Test func latin1BytesOutsideTheRewriteAreKept() throws {
        let bytes = Array("# -*- coding: latin-1 -*-\nfrom backtester_v2.market_regime import RegimeDetector\nNAME = \"R".utf8)
            + [0xE9] + Array("gime\"\n".utf8)
        var tree = RewriteFixture(name: "76", files: [:], expected: [:]).tree
        tree[RewriteFixture.routes] = bytes
        let moves = ModuleMoves(RewriteFixture.packageMove)
        let after = try RewriteRun.apply(RewriteRun.plan(tree, moves: moves).filter(\.isAcceptedByDefault), to: tree, moves: moves)
        #expect(after[RewriteFixture.routes] == Array("# -*- coding: latin-1 -*-\nfrom backtester_v2.strategies.market_regime import RegimeDetector\nNAME = \"R".utf8)
            + [0xE9] + Array("gime\"\n".utf8))
    }

    @Test func proposalsCarryKindDefaultLineAndReason() {
        let tree = RewriteFixture.routesCase("1", "import os\nfrom backtester_v2.market_regime import RegimeDetector\n", "").tree
        let proposals = RewritePlanner(files: tree, moves: ModuleMoves(RewriteFixture.packageMove)).proposals()
        #expect(proposals.count == 1)
        #expect(proposals.first?.line == 2)
        #expect(proposals.first?.kind == .code)
        #expect(proposals.first?.defaultChoice == .accept)
        #expect(proposals.first?.before == "backtester_v2.market_regime")
        #expect(proposals.first?.reason.isEmpty == false)
    }

    @Test func codeStringsAreOnlyProposedWhenAsked() {
        let tree = RewriteFixture.routesCase("39", "x = \"backtester_v2.market_regime.detector\"\n", "").tree
        let proposals = RewritePlanner(files: tree, moves: ModuleMoves(RewriteFixture.packageMove), kinds: [.code]).proposals()
        #expect(proposals.isEmpty)
    }

    @Test func aLineThatGrowsPastTheLimitIsNotedNotReflowed() {
        let line = "from backtester_v2.market_regime.comprehensive_triple_straddle import ComprehensiveTripleStraddle\n"
        let tree = RewriteFixture.routesCase("14", line, "").tree
        let proposals = RewritePlanner(files: tree, moves: ModuleMoves(RewriteFixture.regroup)).proposals()
        #expect(proposals.count == 1)
        #expect(proposals.first?.reason.contains("becomes 130 characters") == true, "\(proposals.first?.reason ?? "")")
    }

    @Test func fileArithmeticInAMovedFileIsFlagged() {
        let tree = RewriteFixture.oneFile("72", RewriteFixture.detector,
                                          "CONFIG = Path(__file__).resolve().parent.parent / \"config\"\n", "").tree
        let proposals = RewritePlanner(files: tree, moves: ModuleMoves(RewriteFixture.packageMove)).proposals()
        #expect(proposals.map(\.kind) == [.flag])
        #expect(proposals.first?.reason.contains("+1 folder levels") == true)
    }

    @Test func celeryTasksInAMovedFileAreFlagged() {
        let tree = RewriteFixture.oneFile("46", "backtester_v2/market_regime/tasks.py",
                                          "@app.task\ndef recompute(): pass\n@shared_task(bind=True)\ndef other(self): pass\n", "").tree
        let proposals = RewritePlanner(files: tree, moves: ModuleMoves(RewriteFixture.packageMove)).proposals()
        #expect(proposals.map(\.kind) == [.flag, .flag])
        #expect(proposals.map(\.line) == [1, 3])
    }
}
