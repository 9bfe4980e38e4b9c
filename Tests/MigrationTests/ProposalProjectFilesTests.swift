import ConvergeTestSupport
import Foundation
import Migration
import Testing

/// Reading a project from disk: Python files and other text files by relative path;
/// version-control and cache folders and binary files are left out, `.github` is read.
@Suite struct ProposalProjectFilesTests {
    @Test func readsPythonAndTextFilesAndSkipsWhatIsNeverCode() throws {
        let folder = try TemporaryFolder("converge-project")
        for path in ["pkg", "pkg/__pycache__", ".git", ".github/workflows"] {
            try FileManager.default.createDirectory(atPath: folder.file(path), withIntermediateDirectories: true)
        }
        try folder.write("pkg/__init__.py", "")
        try folder.write("pkg/mod.pyi", "x: int\n")
        try folder.write("pkg/__pycache__/mod.cpython-311.pyc", [0, 1, 2])
        try folder.write("pkg/data.bin", [0x50, 0, 0x51])
        try folder.write(".git/config", "[core]\n")
        try folder.write(".github/workflows/ci.yml", "run: pytest\n")
        try folder.write("setup.cfg", "[metadata]\n")
        let files = try ProjectFiles.read(root: folder.path)
        #expect(files.python.keys.sorted() == ["pkg/__init__.py", "pkg/mod.pyi"])
        #expect(files.others.keys.sorted() == [".github/workflows/ci.yml", "setup.cfg"])
        #expect(files.python["pkg/mod.pyi"] == Array("x: int\n".utf8))
    }

    @Test func aMissingRootIsAnErrorThatNamesIt() {
        #expect(throws: ProjectFilesError.self) { try ProjectFiles.read(root: "/nonexistent/converge-root") }
    }
}
