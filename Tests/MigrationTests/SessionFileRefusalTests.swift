import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// A session file from elsewhere, from a newer converge, or broken is refused with one
/// line that names the file.
@Suite struct SessionFileRefusalTests {
    let file = SessionFixture.file("/project")

    func refusal(_ json: String) -> String? {
        do {
            _ = try file.decode(Array(json.utf8))
            return nil
        } catch {
            return error.description
        }
    }

    func document(hunkPath: String = "strategy.py", version: String = "1", source: String? = nil) -> String {
        """
        {"version": \(version), "source": "\(source ?? SessionFixture.migration.source)",
         "target": "\(SessionFixture.migration.target)",
         "hunks": [{"path": "ok.py", "fingerprint": "00", "occurrence": 0, "decision": "base"},
                   {"path": "\(hunkPath)", "fingerprint": "01", "occurrence": 0, "decision": "target"}],
         "files": [], "proposals": [], "confirmed": []}
        """
    }

    @Test func theFixtureItselfIsAccepted() throws {
        let session = try file.decode(Array(document().utf8))
        #expect(session.decision(for: HunkKey(path: "strategy.py", fingerprint: "01")) == .target)
    }

    @Test func aPathThatClimbsOutIsRefused() {
        let message = refusal(document(hunkPath: "../x"))
        #expect(message == ".converge/session.json: hunks[1]: path \"../x\" climbs out with \"..\"; refused")
        #expect(refusal(document(hunkPath: "a/../../x"))?.contains("hunks[1]") == true)
    }

    @Test func anAbsolutePathIsRefused() {
        let message = refusal(document(hunkPath: "/abs"))
        #expect(message?.hasPrefix(".converge/session.json: hunks[1]: path \"/abs\" is absolute") == true)
    }

    @Test func unsafePathsInOtherListsAreRefusedToo() {
        let base = document()
        let files = base.replacingOccurrences(of: "\"files\": []", with: "\"files\": [{\"path\": \"..\", \"decision\": \"skip\"}]")
        #expect(refusal(files)?.contains("files[0]: path \"..\"") == true)
        let confirmed = base.replacingOccurrences(of: "\"confirmed\": []", with: "\"confirmed\": [\"/etc/passwd\"]")
        #expect(refusal(confirmed)?.contains("confirmed[0]: path \"/etc/passwd\" is absolute") == true)
    }

    @Test func aNewerVersionIsRefused() {
        let message = refusal(document(version: "2"))
        #expect(message == ".converge/session.json: session format version 2 is newer than this converge reads (1); update converge")
    }

    @Test func aMissingVersionIsRefused() {
        #expect(refusal("{\"hunks\": []}") == ".converge/session.json: not a session file: no \"version\"")
    }

    @Test func aSessionOfAnotherMigrationIsRefused() {
        let message = refusal(document(source: "backtester_v2/x"))
        #expect(message == ".converge/session.json: a session of backtester_v2/x → backtester_v2/strategies/market_regime, not of backtester_v2/market_regime → backtester_v2/strategies/market_regime")
    }

    @Test func brokenJSONIsRefusedWithWhere() throws {
        let message = try #require(refusal("{\"version\": 1,\n \"hunks\": [,]}"))
        // The decoder of FoundationEssentials does not say where; the message still
        // names the file and says what is wrong, on one line.
        #expect(message.hasPrefix(".converge/session.json: not a session file: broken JSON"))
        #expect(!message.contains("\n"))
        #expect(refusal("")?.hasPrefix(".converge/session.json: not a session file: broken JSON") == true)
        #expect(refusal("[1, 2]") == ".converge/session.json: not a session file: expected an object")
    }

    @Test func anUnknownDecisionNamesTheEntry() throws {
        let json = document().replacingOccurrences(of: "\"target\"}", with: "\"theirs\"}")
        let message = try #require(refusal(json))
        #expect(message.hasPrefix(".converge/session.json: not a session file: hunks[1].decision: unknown hunk decision \"theirs\""))
    }

    @Test func aMissingFieldNamesTheEntry() {
        let json = document().replacingOccurrences(of: "\"fingerprint\": \"01\", ", with: "")
        #expect(refusal(json) == ".converge/session.json: not a session file: hunks[1]: missing \"fingerprint\"")
    }

    @Test func aSecondDecisionForTheSameKeyIsRefused() {
        let json = document(hunkPath: "ok.py").replacingOccurrences(of: "\"01\"", with: "\"00\"")
        #expect(refusal(json) == ".converge/session.json: hunks[1]: a second decision for the same key")
    }

    @Test func anUnreadableFileNamesIt() throws {
        let folder = try TemporaryFolder()
        try folder.write(".converge", "not a folder")
        let file = SessionFixture.file(folder.path)
        #expect(throws: SessionFileError.self) { try file.load() }
        #expect(throws: SessionFileError.self) { try file.save(Session()) }
    }
}
