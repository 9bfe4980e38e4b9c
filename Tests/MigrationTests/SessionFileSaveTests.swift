import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// Saving is atomic: the folder is made when missing, an old file is replaced, and
/// no temporary file is left behind.
@Suite struct SessionFileSaveTests {
    @Test func savingMakesTheFolderAndLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try SessionFixture.file(folder.path).save(SessionFixture.everyDecision)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.file(".converge"))
        #expect(entries == ["session.json"])
    }

    @Test func savingReplacesAnExistingFile() throws {
        let folder = try TemporaryFolder()
        let file = SessionFixture.file(folder.path)
        var session = Session()
        session.decide(file: "a.py", .skip)
        try file.save(session)
        let first = try folder.read(SessionFile.relativePath)
        session.decide(file: "a.py", .takeSource)
        try file.save(session)
        let second = try folder.read(SessionFile.relativePath)
        #expect(first != second)
        #expect(String(decoding: second, as: UTF8.self).contains("take-source"))
        #expect(try file.load()?.decision(forFile: "a.py") == .takeSource)
        let entries = try FileManager.default.contentsOfDirectory(atPath: folder.file(".converge"))
        #expect(entries == ["session.json"])
    }

    @Test func aNewFileIsReadableByOthersLikeAnyProjectFile() throws {
        let folder = try TemporaryFolder()
        try SessionFixture.file(folder.path).save(Session())
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.file(SessionFile.relativePath))
        #expect((attributes[.posixPermissions] as? Int) == 0o644)
    }
}
