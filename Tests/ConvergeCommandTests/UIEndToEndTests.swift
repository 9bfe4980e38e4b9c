import ConvergeTestSupport
import Foundation
import MergeUI
import Migration
import Testing

/// The real binary on a real terminal (tmux): the interface opens, answers keys, follows
/// a resize, and gives the terminal back; `converge mergetool` writes MERGED and
/// answers git with its exit code.
@Suite struct UIEndToEndTests {
    @Test func demoOpensTheInterfaceAndQQuitsWithTheTerminalRestored() throws {
        let folder = try TemporaryFolder("converge-ui-e2e")
        let sample = folder.file("demo")
        let tmux = try TmuxSession([Subprocess.convergeBinary, "demo", "--dir", sample])
        let screen = try tmux.waitFor("1 Tree", timeout: 60)
        let header = screen.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.hasPrefix(" converge  1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply"), "\(screen)")
        #expect(header.hasSuffix(" files"), "\(screen)")
        #expect(try tmux.format("#{alternate_on}") == "1")

        // A resize redraws at the new size: the file count moves to the new right edge.
        try tmux.resize(width: 120, height: 40)
        try tmux.waitUntil("the header 120 columns wide") { $0.split(separator: "\n").first.map { $0.count == 119 && $0.hasSuffix(" files") } ?? false }
        try tmux.resize(width: 60, height: 16)
        try tmux.waitUntil("the header 60 columns wide") { screen in
            let header = screen.split(separator: "\n").first ?? ""
            return header == " 1 Tree   2 Conflicts   3 Merge   4 Imports   5 Apply"
        }

        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0", "the alternate screen is left")
        #expect(try tmux.format("#{cursor_flag}") == "1", "the cursor is shown again")
        #expect(try tmux.modesAfterExit().isSuperset(of: ["icanon", "echo", "isig", "icrnl", "onlcr", "opost"]), "cooked mode again")
        #expect(try tmux.printed() == "Demo sample in \(sample)")
        #expect(FileManager.default.fileExists(atPath: "\(sample)/backtester_v2/strategies/market_regime/strategy.py"))
    }

    @Test func controlCQuitsToo() throws {
        let folder = try TemporaryFolder("converge-ui-e2e")
        let tmux = try TmuxSession([Subprocess.convergeBinary, "demo", "--dir", folder.file("demo")])
        try tmux.waitFor("1 Tree", timeout: 60)
        try tmux.send("C-c")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(try tmux.modesAfterExit().isSuperset(of: ["icanon", "echo", "isig", "icrnl"]))
    }

    /// A hang-up, a termination or a crash gives the terminal back too (endwin, then the
    /// signal's own action: the shell sees 128 + the signal).
    @Test(arguments: [SIGHUP, SIGTERM, SIGSEGV])
    func aSignalRestoresTheTerminal(_ signal: Int32) throws {
        let folder = try TemporaryFolder("converge-ui-e2e")
        let tmux = try TmuxSession([Subprocess.convergeBinary, "demo", "--dir", folder.file("demo")])
        try tmux.waitFor("1 Tree", timeout: 60)
        let shell = try tmux.format("#{pane_pid}")
        let shellPid = try #require(Int32(shell))
        let converge = try #require(Self.child(of: shellPid))
        #expect(kill(converge, signal) == 0)
        #expect(try tmux.waitForExit() == 128 + signal)
        #expect(try tmux.format("#{alternate_on}") == "0")
        #expect(try tmux.modesAfterExit().isSuperset(of: ["icanon", "echo", "isig", "icrnl"]))
    }

    /// A process whose parent is `parent`, from `/proc/*/stat` (no procps needed).
    static func child(of parent: Int32) -> Int32? {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = Int32(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (comm) ": the state, then the parent's pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, Int32(fields[1]) == parent { return pid }
        }
        return nil
    }

    static let base = "1\n2\n3\n4\n5\n6\n7\n8\n9\n"
    static let local = "1\nL2\n3\n4\n5\n6\n7\nL8\n9\n", remote = "1\nR2\n3\n4\n5\n6\n7\nR8\n9\n"

    /// A mergetool run on a file with two conflicts and nothing that merges on its own.
    func mergetool(in folder: TemporaryFolder, environment: [String: String] = [:]) throws -> TmuxSession {
        for (name, text) in [("base.py", Self.base), ("local.py", Self.local), ("remote.py", Self.remote), ("merged.py", "git's\n")] {
            try folder.write(name, text)
        }
        let tmux = try TmuxSession([Subprocess.convergeBinary, "mergetool", "base.py", "local.py", "remote.py", "merged.py"],
                                   directory: folder.path, environment: environment)
        try tmux.waitFor("3 Merge")
        return tmux
    }

    @Test func mergetoolWithConflictsLeftWritesMarkersAndExitsOne() throws {
        let folder = try TemporaryFolder("converge-ui-mergetool")
        let tmux = try mergetool(in: folder)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 1)
        let merged = String(decoding: try folder.read("merged.py"), as: UTF8.self)
        #expect(merged == "1\n<<<<<<< target\nL2\n=======\nR2\n>>>>>>> source\n3\n4\n5\n6\n7\n"
                         + "<<<<<<< target\nL8\n=======\nR8\n>>>>>>> source\n9\n")
    }

    @Test
    func mergetoolTakingTargetOnEveryConflictWritesLocalAndExitsZero() throws {
        let folder = try TemporaryFolder("converge-ui-mergetool")
        let tmux = try mergetool(in: folder)
        try tmux.send("t", "n", "t", "n", "t", "w", "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(String(decoding: try folder.read("merged.py"), as: UTF8.self) == Self.local)
    }

    /// git's own mergetool driving converge, configured as the help says: the conflict
    /// resolved in converge is resolved for git (`trustExitCode`).
    @Test
    func gitMergetoolResolvesWithConverge() throws {
        let folder = try TemporaryFolder("converge-ui-git")
        func git(_ arguments: String...) throws -> ProcessResult {
            try Subprocess.run("git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "init.defaultBranch=main"] + arguments,
                               directory: folder.path)
        }
        _ = try git("init", "-q")
        try folder.write("f.py", Self.base)
        _ = try git("add", "f.py")
        _ = try git("commit", "-qm", "base")
        _ = try git("checkout", "-qb", "other")
        try folder.write("f.py", Self.remote)
        _ = try git("commit", "-qam", "other")
        _ = try git("checkout", "-q", "main")
        try folder.write("f.py", Self.local)
        _ = try git("commit", "-qam", "local")
        #expect(try git("merge", "-q", "other").status == 1)
        _ = try git("config", "mergetool.converge.cmd", "\(Subprocess.convergeBinary) mergetool \"$BASE\" \"$LOCAL\" \"$REMOTE\" \"$MERGED\"")
        _ = try git("config", "mergetool.converge.trustExitCode", "true")
        _ = try git("config", "mergetool.keepBackup", "false")

        let tmux = try TmuxSession(["git", "mergetool", "--tool", "converge"], directory: folder.path)
        try tmux.waitFor("3 Merge")
        try tmux.send("t", "n", "t", "q")
        #expect(try tmux.waitForExit() == 0)
        #expect(String(decoding: try folder.read("f.py"), as: UTF8.self) == Self.local)
        #expect(try git("diff", "--name-only", "--diff-filter=U").stdoutText == "", "git counts the conflict resolved")
    }

    /// `e` runs `$EDITOR` on the hunk (here a shell line that writes `E`), the terminal
    /// comes back, and the hunk's result is what it wrote.
    @Test
    func mergetoolEditingEveryConflictWritesTheEditorsTextAndExitsZero() throws {
        let folder = try TemporaryFolder("converge-ui-mergetool")
        let tmux = try mergetool(in: folder, environment: ["EDITOR": "printf 'E\\n' >", "VISUAL": ""])
        func merged() -> String { String(decoding: (try? folder.read("merged.py")) ?? [], as: UTF8.self) }
        // Each decision writes MERGED: the sign that the editor ran and the interface is back.
        try tmux.send("e")
        try tmux.waitUntil("the first hunk edited") { merged().hasPrefix("1\nE\n3\n") }
        try tmux.send("n", "e")
        try tmux.waitUntil("the second hunk edited") { merged().hasSuffix("7\nE\n9\n") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(String(decoding: try folder.read("merged.py"), as: UTF8.self) == "1\nE\n3\n4\n5\n6\n7\nE\n9\n")
        #expect(try tmux.modesAfterExit().isSuperset(of: ["icanon", "echo"]))
    }
}
