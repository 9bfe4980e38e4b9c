import ConvergeTestSupport
import Testing

@Suite struct DiffCommandTests {
    @Test func identicalFilesExitZeroWithNoOutput() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\ntwo\n")
        let b = try folder.write("b.txt", "one\ntwo\n")
        let result = try Subprocess.converge(["diff", a, b])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func missingFileIsOneLineAndExitTwo() throws {
        let folder = try TemporaryFolder()
        let a = try folder.write("a.txt", "one\n")
        let result = try Subprocess.converge(["diff", a, folder.file("missing.txt")])
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: \(folder.file("missing.txt")): no such file\n")
    }
}
