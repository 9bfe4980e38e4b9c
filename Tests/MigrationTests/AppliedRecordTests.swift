import ConvergeTestSupport
import Foundation
@testable import Migration
import Testing

/// The record an apply leaves for verify: the proposals it did not write are kept where
/// their text is after the apply (a copied source file's in TARGET), and the record
/// reads back as written.
@Suite struct AppliedRecordTests {
    @Test func proposalsNotWrittenAreKeptWhereTheirTextNowIs() throws {
        let fixture = try ApplyFixture()
        let plan = try fixture.plan()
        let options = OutcomeOptions(unresolved: .source, acceptedKinds: [])
        let outcome = Outcome(plan: plan, session: Session(), options: options)
        let operations = try ApplyOperations.make(plan: plan, outcome: outcome, root: fixture.root, fileSystem: PosixFileSystem())
        let record = AppliedRecord.make(plan: plan, outcome: outcome, session: Session(), options: options, operations: operations,
                                        backup: "B", source: "lib/legacy", target: "lib/strategies/legacy")
        #expect(record.oldModules.contains("lib.legacy"))
        #expect(record.kept.contains("lib/strategies/legacy/only_source.py:1"))
        #expect(record.kept.contains("app.py:1"))
        #expect(!record.kept.contains { $0.hasPrefix("lib/legacy/") && $0.contains("only_source") })
        #expect(record.written.contains("lib/strategies/legacy/only_source.py"))
        #expect(!record.written.contains("app.py"))

        let folder = try fixture.folder(PosixFileSystem())
        try folder.prepare()
        try folder.writeApplied(record)
        #expect(try folder.readApplied() == record)
    }

    @Test func theNearestLineHoldingTheTextWins() {
        let bytes = Array("import a.old\nx = 1\nimport a.old\n\n\nimport a.old\n".utf8)
        #expect(AppliedRecord.nearestLine(holding: "a.old", in: bytes, near: 5) == 6)
        #expect(AppliedRecord.nearestLine(holding: "a.old", in: bytes, near: 2) == 1)
        #expect(AppliedRecord.nearestLine(holding: "b.new", in: bytes, near: 2) == nil)
    }

    @Test func anotherVersionIsRefused() {
        #expect(throws: ApplyError.self) {
            try AppliedRecord.decoded(Array("{\"version\": 9}".utf8), name: "applied.json")
        }
    }
}
