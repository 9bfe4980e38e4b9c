import Foundation

/// A program that applies unified diffs, run as a user would run it: `git apply` or
/// GNU `patch`, with `-pN` to strip leading path parts from the header names.
public enum PatchTool: String, Sendable, CaseIterable, CustomStringConvertible {
    case gitApply = "git apply"
    case patch = "patch"

    public var description: String { rawValue }

    /// Whether the program is on PATH (`git` for `gitApply`).
    public var isInstalled: Bool {
        (try? Subprocess.which(self == .gitApply ? "git" : "patch")) != nil
    }

    /// One diff to apply: `old` is written to `path` (relative, may hold folders), the
    /// diff is applied there, and the file is read back.
    public struct Case: Sendable {
        public var old: [UInt8]
        public var diff: [UInt8]
        public var path: String
        public var strip: Int
        /// Options added to the tool's command line (`--unidiff-zero`).
        public var options: [String]

        public init(old: [UInt8], diff: [UInt8], path: String = "file.txt", strip: Int = 0, options: [String] = []) {
            self.old = old
            self.diff = diff
            self.path = path
            self.strip = strip
            self.options = options
        }
    }

    /// What a tool left behind for one case.
    public struct Outcome: Sendable {
        public var status: Int32
        /// The file after the tool ran; nil if it no longer exists.
        public var result: [UInt8]?
        /// The tool's standard output and error.
        public var log: String
    }

    /// Applies every case, each in a folder of its own, with one `sh` process for all.
    /// `git apply` runs outside any repository (`GIT_CEILING_DIRECTORIES`), where it
    /// patches plain files the way `patch` does.
    public func apply(_ cases: [Case]) throws -> [Outcome] {
        let folder = try TemporaryFolder("converge-patch")
        var script = "export GIT_CEILING_DIRECTORIES=\"$PWD\"\n"
        for (index, item) in cases.enumerated() {
            let target = URL(fileURLWithPath: folder.file("c\(index)")).appendingPathComponent(item.path)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try TextFiles.write(target.path, item.old)
            try TextFiles.write(folder.file("p\(index)"), item.diff)
            let options = item.options.map { "'\($0)'" }.joined(separator: " ")
            let command = self == .gitApply
                ? "git apply -p\(item.strip) \(options) ../p\(index)"
                : "patch -p\(item.strip) -f -s --no-backup-if-mismatch \(options) -i ../p\(index)"
            script += "(cd c\(index) && \(command)) > l\(index) 2>&1; echo $? > s\(index)\n"
        }
        let run = try Subprocess.run("sh", ["-c", script], directory: folder.path)
        guard run.status == 0 else { throw DiffOracle.Failure(description: run.stderrText) }
        return try cases.indices.map { index in
            let status = Int32(String(decoding: try folder.read("s\(index)"), as: UTF8.self)
                .trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
            let result = try? folder.read("c\(index)/\(cases[index].path)")
            let log = String(decoding: try folder.read("l\(index)"), as: UTF8.self)
            return Outcome(status: status, result: result, log: log)
        }
    }
}
