import ConvergeTestSupport
import Foundation
import Testing

/// The common forms of `diff` and `merge-file` skip ArgumentParser (`FastPath`); the
/// same request written with an option the fast path does not take (`-u 3`,
/// `--marker-size 7`, both the defaults) goes through ArgumentParser. Both must give
/// the same output, errors, exit status and file.
@Suite struct FastPathTests {
    func same(_ fast: [String], _ full: [String], in folder: TemporaryFolder) throws {
        let quick = try Subprocess.converge(fast, directory: folder.path)
        let parsed = try Subprocess.converge(full, directory: folder.path)
        #expect(quick.status == parsed.status, "\(fast)")
        #expect(quick.stdout == parsed.stdout, "\(fast)")
        #expect(quick.stderrText == parsed.stderrText, "\(fast)")
    }

    @Test(arguments: [
        [], ["--minimal"], ["--stat"], ["--minimal", "--stat"], ["-a"], ["--text"],
    ]) func diffFormsAgree(_ flags: [String]) throws {
        let folder = try TemporaryFolder("converge-fast-diff")
        try folder.write("old.py", "a\nb\nc\r\nd\n")
        try folder.write("new.py", "a\nB\nc\r\nd")
        try folder.write("same.py", "a\nb\nc\r\nd\n")
        try folder.write("blob", [0, 1, 2, 0x0A])
        for (old, new) in [("old.py", "new.py"), ("old.py", "same.py"), ("old.py", "missing"), ("blob", "old.py"), (".", "old.py")] {
            try same(["diff"] + flags + [old, new], ["diff", "-u", "3"] + flags + [old, new], in: folder)
        }
    }

    @Test(arguments: [
        ["-p"], ["-p", "--diff3"], ["-p", "--zdiff3", "--minimal"], ["-p", "--ours"], ["-p", "--theirs"], ["-p", "--union"],
        ["-p", "-q"], ["--stdout", "--quiet"],
    ]) func mergeFileFormsAgree(_ flags: [String]) throws {
        let folder = try TemporaryFolder("converge-fast-merge")
        try folder.write("base", "one\ntwo\nthree\n")
        try folder.write("current", "one\nTWO\nthree\n")
        try folder.write("other", "one\n2\nthree\n")
        try same(["merge-file"] + flags + ["current", "base", "other"],
                 ["merge-file", "--marker-size", "7"] + flags + ["current", "base", "other"], in: folder)
        try same(["merge-file"] + flags + ["current", "missing", "other"],
                 ["merge-file", "--marker-size", "7"] + flags + ["current", "missing", "other"], in: folder)
    }

    @Test func mergeFileWritesCurrentTheSameWay() throws {
        var written: [[UInt8]] = []
        for extra in [[], ["--marker-size", "7"]] {
            let folder = try TemporaryFolder("converge-fast-merge-write")
            try folder.write("base", "one\ntwo\nthree\n")
            try folder.write("current", "one\nTWO\nthree\n")
            try folder.write("other", "one\n2\nthree\n")
            let result = try Subprocess.converge(["merge-file"] + extra + ["current", "base", "other"], directory: folder.path)
            #expect(result.status == 1)
            written.append(try folder.read("current"))
        }
        #expect(written[0] == written[1])
        #expect(String(decoding: written[0], as: UTF8.self).contains("<<<<<<< current\nTWO\n=======\n2\n>>>>>>> other\n"))
    }

    @Test func unusualFormsStillGoThroughArgumentParser() throws {
        let folder = try TemporaryFolder("converge-fast-other")
        // Repeated and conflicting flags and --help are ArgumentParser's to answer.
        let repeated = try Subprocess.converge(["diff", "--bogus", "a", "b"], directory: folder.path)
        #expect(repeated.status == 2)
        #expect(repeated.stderrText.contains("see 'converge diff --help'"))
        let help = try Subprocess.converge(["diff", "--help"], directory: folder.path)
        #expect(help.status == 0 && help.stdoutText.contains("USAGE"))
    }
}
