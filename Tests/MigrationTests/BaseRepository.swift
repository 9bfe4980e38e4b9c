import ConvergeTestSupport
import Foundation

/// A temporary git repository for the merge base tests: SOURCE and TARGET at the demo's
/// places, files written as exact bytes, commits that return their hashes.
struct BaseRepository {
    static let source = "backtester_v2/market_regime"
    static let target = "backtester_v2/strategies/market_regime"

    /// Bytes that any decoding or end-of-line conversion would change: CRLF endings, a NUL,
    /// a byte that is not UTF-8, no final newline.
    static let trickyBytes: [UInt8] = Array("import os\r\nx = 1\r\n".utf8) + [0, 0xFF] + Array("\r\nlast".utf8)

    let folder: TemporaryFolder

    /// The real path of the top level, as git and the provider print it.
    var top: String { Self.realPath(folder.path) }
    var sourcePath: String { folder.file(Self.source) }
    var targetPath: String { folder.file(Self.target) }

    /// An empty folder; with `git`, a repository with an author and no signing.
    init(git: Bool = true) throws {
        folder = try TemporaryFolder("converge-bases")
        guard git else { return }
        try run(["init", "-q", "-b", "main"])
        try run(["config", "user.name", "Base Test"])
        try run(["config", "user.email", "base@converge.invalid"])
        try run(["config", "commit.gpgsign", "false"])
    }

    static func realPath(_ path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// Writes `bytes` at `path` (relative to the top), making its folders.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        let full = folder.file(path)
        try FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try folder.write(path, bytes)
    }

    func write(_ path: String, _ text: String) throws { try write(path, Array(text.utf8)) }

    func source(_ name: String) -> String { Self.source + "/" + name }
    func target(_ name: String) -> String { Self.target + "/" + name }

    /// Commits everything and returns the commit's full hash.
    @discardableResult
    func commit(_ message: String) throws -> String {
        try run(["add", "-A"])
        try run(["commit", "-q", "-m", message])
        return try run(["rev-parse", "HEAD"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The abbreviated name git prints for `hash` in this repository.
    func short(_ hash: String) throws -> String {
        try run(["rev-parse", "--short", hash]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let result = try Subprocess.run("git", ["-C", folder.path] + arguments)
        guard result.status == 0 else {
            throw BaseRepositoryError(description: "git \(arguments.joined(separator: " ")): \(result.stderrText)")
        }
        return result.stdoutText
    }
}

struct BaseRepositoryError: Error, CustomStringConvertible {
    var description: String
}
