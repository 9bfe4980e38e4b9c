import ConvergeTestSupport
import Foundation
import Testing

/// The interface refuses what is not a usable terminal before it writes anything: one
/// line that says why and what to run instead, exit 2, no file written.
@Suite struct UITerminalCheckTests {
    static let instead = "use 'converge scan SOURCE TARGET' to see the plan and 'converge apply' to apply it"

    /// A small migration: `old/pkg` → `new/pkg`, one conflict.
    func migration() throws -> TemporaryFolder {
        let folder = try TemporaryFolder("converge-ui-check")
        try folder.write(tree: ["old/pkg/__init__.py": "", "old/pkg/a.py": "x = 1\n",
                                "new/pkg/__init__.py": "", "new/pkg/a.py": "x = 2\n"])
        return folder
    }

    @Test(arguments: [["ui", "old/pkg", "new/pkg"], ["old/pkg", "new/pkg"]])
    func withoutATerminalTheInterfaceExitsTwoWithOneLine(arguments: [String]) throws {
        let folder = try migration()
        let result = try Subprocess.converge(arguments, directory: folder.path)
        #expect(result.status == 2)
        #expect(result.stdoutText == "")
        #expect(result.stderrText == "converge: the interface needs a terminal, and standard input and output are not one; \(Self.instead)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file(".converge")))
    }

    @Test func demoWithoutATerminalWritesNoSample() throws {
        let folder = try TemporaryFolder("converge-ui-check")
        let result = try Subprocess.converge(["demo", "--dir", folder.file("sample")])
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: the interface needs a terminal, and standard input and output are not one; "
                                   + "use 'converge demo --no-ui' to write the sample without it\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("sample")))
    }

    @Test func mergetoolWithoutATerminalLeavesMergedAlone() throws {
        let folder = try TemporaryFolder("converge-ui-check")
        for name in ["base", "local", "remote"] { try folder.write(name, "\(name)\n") }
        let result = try Subprocess.converge(["mergetool", "base", "local", "remote", "merged"], directory: folder.path)
        #expect(result.status == 2)
        #expect(result.stderrText == "converge: the interface needs a terminal, and standard input and output are not one; "
                                   + "use 'converge merge-file' to merge without it\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("merged")))
    }

    @Test(arguments: [
        (["env", "-u", "TERM"], "TERM is not set, so the terminal's type is unknown"),
        (["env", "TERM=dumb"], "TERM=dumb cannot move the cursor"),
        (["env", "TERM=converge-no-such-terminal"], "TERM=converge-no-such-terminal is not a terminal type this system knows (no terminfo entry)"),
    ])
    func aTermThatCannotDrawExitsTwoWithOneLine(prefix: [String], reason: String) throws {
        let folder = try migration()
        let tmux = try TmuxSession(prefix + [Subprocess.convergeBinary, "ui", "old/pkg", "new/pkg"], directory: folder.path)
        #expect(try tmux.waitForExit() == 2)
        #expect(try tmux.printed() == "converge: \(reason); \(Self.instead)")
        #expect(!FileManager.default.fileExists(atPath: folder.file(".converge")))
    }

    @Test func aSmallTerminalExitsTwoWithItsSize() throws {
        let folder = try migration()
        let tmux = try TmuxSession([Subprocess.convergeBinary, "ui", "old/pkg", "new/pkg"], width: 59, height: 20, directory: folder.path)
        #expect(try tmux.waitForExit() == 2)
        #expect(try tmux.printed() == "converge: the terminal is 59×20; the interface needs at least 60×16; \(Self.instead)")
        #expect(!FileManager.default.fileExists(atPath: folder.file(".converge")))
    }
}
