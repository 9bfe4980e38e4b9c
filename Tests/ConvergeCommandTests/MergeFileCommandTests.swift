import ConvergeTestSupport
import Foundation
import Testing

/// `converge merge-file` run as a program, next to `git merge-file` where they can be
/// compared.
@Suite struct MergeFileCommandTests {
    private let base = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n"
    private let current = "one\nTWO\nthree\nfour\nfive\nsix\nseven\n"
    private let cleanOther = "one\ntwo\nthree\nfour\nfive\nsix\nSEVEN\n"
    private let conflictingOther = "one\n2\nthree\nfour\nfive\nsix\nseven\n"

    @Test func writesTheMergeIntoCurrent() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        let result = try Subprocess.converge(["merge-file", paths.current, paths.base, paths.other])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(try folder.read("current") == Array("one\nTWO\nthree\nfour\nfive\nsix\nSEVEN\n".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["base", "current", "other"],
                "no temporary file is left behind")
    }

    @Test func keepsThePermissionBitsOfCurrent() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        try FileManager.default.setAttributes([.posixPermissions: 0o751], ofItemAtPath: paths.current)
        let result = try Subprocess.converge(["merge-file", paths.current, paths.base, paths.other])
        #expect(result.status == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: paths.current)[.posixPermissions] as? Int
        #expect(mode == 0o751)
    }

    @Test func standardOutputLeavesCurrentAlone() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: conflictingOther)
        for flag in ["-p", "--stdout"] {
            let result = try Subprocess.converge(["merge-file", flag, paths.current, paths.base, paths.other])
            #expect(result.status == 1)
            #expect(result.stdoutText == """
                one
                <<<<<<< \(paths.current)
                TWO
                =======
                2
                >>>>>>> \(paths.other)
                three
                four
                five
                six
                seven

                """)
            #expect(try folder.read("current") == Array(current.utf8))
        }
    }

    /// The result written into CURRENT, and the exit status, are git's, for each option.
    @Test(arguments: [
        [], ["--diff3"], ["--zdiff3"], ["--ours"], ["--theirs"], ["--union"], ["--marker-size", "10"],
        ["-L", "mine", "-L", "ancestor", "-L", "theirs", "--diff3"], ["-L", "only current"], ["-q"],
    ])
    func matchesGitMergeFile(_ options: [String]) throws {
        let folder = try TemporaryFolder()
        try write(folder, current: current + "eight\r\n", other: conflictingOther + "8")
        try folder.write("git-current", current + "eight\r\n")
        let git = try Subprocess.run(
            "git", ["merge-file"] + options + ["git-current", "base", "other"], directory: folder.path)
        let result = try Subprocess.converge(
            ["merge-file"] + options + ["current", "base", "other"], directory: folder.path)
        #expect(result.status == git.status)
        #expect(result.stderr.isEmpty)
        let expected = String(decoding: try folder.read("git-current"), as: UTF8.self)
            .replacingOccurrences(of: "git-current", with: "current")
        #expect(String(decoding: try folder.read("current"), as: UTF8.self) == expected)
    }

    @Test func exitStatusIsTheConflictCountCappedAt127() throws {
        for count in [2, 130] {
            let folder = try TemporaryFolder()
            var base = "", current = "", other = ""
            for i in 0..<count {
                base += "line \(i)\nkeep \(i) a\nkeep \(i) b\nkeep \(i) c\nkeep \(i) d\n"
                current += "current \(i)\nkeep \(i) a\nkeep \(i) b\nkeep \(i) c\nkeep \(i) d\n"
                other += "other \(i)\nkeep \(i) a\nkeep \(i) b\nkeep \(i) c\nkeep \(i) d\n"
            }
            let paths = try write(folder, current: current, other: other, base: base)
            let git = try Subprocess.run("git", ["merge-file", "-p", paths.current, paths.base, paths.other])
            let result = try Subprocess.converge(["merge-file", "-p", paths.current, paths.base, paths.other])
            #expect(result.status == Int32(min(count, 127)))
            #expect(result.status == git.status)
            #expect(result.stdout == git.stdout)
        }
    }

    @Test func missingFileIsOneLineAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        let missing = folder.file("missing")
        let result = try Subprocess.converge(["merge-file", paths.current, missing, paths.other])
        #expect(result.status == 255)
        #expect(result.stderrText == "converge: \(missing): no such file\n")
        #expect(try folder.read("current") == Array(current.utf8))
    }

    @Test func folderIsOneLineAndNothingIsWritten() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        let result = try Subprocess.converge(["merge-file", paths.current, paths.base, folder.path])
        #expect(result.status == 255)
        #expect(result.stderrText == "converge: \(folder.path): is a folder, not a file\n")
        #expect(try folder.read("current") == Array(current.utf8))
        #expect(result.stdout.isEmpty)
    }

    @Test func binaryFileIsRefusedLikeGit() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        try folder.write("other", Array("one\n".utf8) + [0] + Array("two\n".utf8))
        let git = try Subprocess.run("git", ["merge-file", "-p", paths.current, paths.base, paths.other])
        let result = try Subprocess.converge(["merge-file", paths.current, paths.base, paths.other])
        #expect(git.stderrText.contains("Cannot merge binary files"))
        #expect(result.status == 255 && git.status == 255)
        #expect(result.stderrText
                == "converge: \(paths.other): cannot merge binary files (a NUL byte in its first 8000 bytes)\n")
        #expect(try folder.read("current") == Array(current.utf8))
    }

    @Test func aNulByteAfterTheFirst8000BytesIsText() throws {
        let folder = try TemporaryFolder()
        let long = String(repeating: "x\n", count: 4000)
        let paths = try write(folder, current: long + "a\n", other: long + "b\0\n", base: long)
        let result = try Subprocess.converge(["merge-file", "-p", paths.current, paths.base, paths.other])
        #expect(result.status == 1)
    }

    @Test func tooManyLabelsIsAnError() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        let result = try Subprocess.converge(
            ["merge-file", "-L", "a", "-L", "b", "-L", "c", "-L", "d", paths.current, paths.base, paths.other])
        #expect(result.status == 255)
        #expect(result.stderrText.split(separator: "\n").count == 1)
        #expect(try folder.read("current") == Array(current.utf8))
    }

    @Test func aSymbolicLinkIsFollowed() throws {
        let folder = try TemporaryFolder()
        let paths = try write(folder, current: current, other: cleanOther)
        let link = folder.file("link")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "current")
        let result = try Subprocess.converge(["merge-file", link, paths.base, paths.other])
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "current")
        #expect(try folder.read("current") == Array("one\nTWO\nthree\nfour\nfive\nsix\nSEVEN\n".utf8))
    }

    @discardableResult
    private func write(
        _ folder: TemporaryFolder, current: String, other: String, base: String? = nil
    ) throws -> (current: String, base: String, other: String) {
        (try folder.write("current", current), try folder.write("base", base ?? self.base),
         try folder.write("other", other))
    }
}
