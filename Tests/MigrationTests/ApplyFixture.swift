import ConvergeTestSupport
import Foundation
@testable import Migration

/// A small project for the apply and rollback tests: `lib/legacy` (source) merging into
/// `lib/strategies/legacy` (target), with a conflict, source-only files (one in a new
/// folder, one executable), a target-only file, and a file outside both trees that
/// imports the old path.
struct ApplyFixture {
    let folder: TemporaryFolder
    var root: String { folder.path }
    var source: String { folder.file("lib/legacy") }
    var target: String { folder.file("lib/strategies/legacy") }

    static let files: [String: String] = [
        "lib/__init__.py": "",
        "lib/legacy/__init__.py": "from .a import f\n",
        "lib/legacy/a.py": "def f():\n    return 1\n",
        "lib/legacy/only_source.py": "from lib.legacy.a import f\n\nVALUE = f()\n",
        "lib/legacy/sub/__init__.py": "",
        "lib/legacy/sub/deep.py": "X = 1\n",
        "lib/legacy/run.sh": "#!/bin/sh\necho run\n",
        "lib/strategies/__init__.py": "",
        "lib/strategies/legacy/__init__.py": "from .a import f\n",
        "lib/strategies/legacy/a.py": "def f():\n    return 2\n",
        "lib/strategies/legacy/only_target.py": "Y = 2\n",
        "app.py": "from lib.legacy.a import f\n\nprint(f())\n",
    ]

    init() throws {
        folder = try TemporaryFolder("converge-apply")
        for (path, text) in Self.files {
            try FileManager.default.createDirectory(atPath: (folder.file(path) as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try folder.write(path, text)
        }
        chmod(folder.file("lib/legacy/run.sh"), 0o755)
    }

    func plan() throws -> Plan {
        try PlanReader.read(workspace: .locate(root: root, source: source, target: target))
    }

    /// The operations with conflicts taken from the source.
    func operations(_ plan: Plan, fileSystem: some MigrationFileSystem = PosixFileSystem()) throws -> ApplyOperations {
        let outcome = Outcome(plan: plan, session: Session(), options: OutcomeOptions(unresolved: .source))
        return try ApplyOperations.make(plan: plan, outcome: outcome, root: root, fileSystem: fileSystem)
    }

    func folder<F: MigrationFileSystem>(_ fileSystem: F) throws -> ConvergeFolder<F> {
        try ConvergeFolder(root: root, fileSystem: fileSystem)
    }

    func snapshot() throws -> TreeSnapshot { try TreeSnapshot(root) }

    func text(_ path: String) throws -> String { String(decoding: try folder.read(path), as: UTF8.self) }
}

/// The real disk, but the Nth write into the project (not into `.converge/`) fails with
/// "no space left on device": a disk error in the middle of an apply.
final class FailingFileSystem: MigrationFileSystem, @unchecked Sendable {
    let real = PosixFileSystem()
    let failingWrite: Int
    let failInsideConverge: Bool
    /// A path ending so cannot be read (permission denied), as a file root cannot be kept from.
    let unreadable: String?
    /// The Nth append (a journal line) fails; 0 for none.
    let failingAppend: Int
    private let lock = NSLock()
    private var writes = 0, appends = 0

    init(failingWrite: Int = 0, insideConverge: Bool = false, unreadable: String? = nil, failingAppend: Int = 0) {
        self.failingWrite = failingWrite
        failInsideConverge = insideConverge
        self.unreadable = unreadable
        self.failingAppend = failingAppend
    }

    private func count(_ path: String) throws(FileSystemFailure) {
        guard path.contains("/.converge/") == failInsideConverge else { return }
        lock.lock()
        writes += 1
        let now = writes
        lock.unlock()
        if now == failingWrite { throw FileSystemFailure(path: path, code: ENOSPC, action: "write") }
    }

    func status(_ path: String) -> FileStatus? { real.status(path) }
    func read(_ path: String) throws(FileSystemFailure) -> [UInt8] {
        if let unreadable, path.hasSuffix(unreadable) { throw FileSystemFailure(path: path, code: EACCES, action: "read") }
        return try real.read(path)
    }
    func writeAtomically(_ path: String, _ bytes: [UInt8], mode: UInt32, durable: Bool) throws(FileSystemFailure) {
        try count(path)
        try real.writeAtomically(path, bytes, mode: mode, durable: durable)
    }
    func flush(_ path: String) throws(FileSystemFailure) { try real.flush(path) }
    func append(_ path: String, _ bytes: [UInt8], durable: Bool) throws(FileSystemFailure) {
        lock.lock()
        appends += 1
        let now = appends
        lock.unlock()
        if now == failingAppend { throw FileSystemFailure(path: path, code: ENOSPC, action: "write") }
        try real.append(path, bytes, durable: durable)
    }
    func makeFolder(_ path: String) throws(FileSystemFailure) { try real.makeFolder(path) }
    func removeFile(_ path: String) throws(FileSystemFailure) { try real.removeFile(path) }
    func removeEmptyFolder(_ path: String) -> Bool { real.removeEmptyFolder(path) }
    func rename(_ from: String, to: String) throws(FileSystemFailure) { try real.rename(from, to: to) }
    func list(_ path: String) -> [String] { real.list(path) }
    func createExclusively(_ path: String, _ bytes: [UInt8]) throws(FileSystemFailure) { try real.createExclusively(path, bytes) }
    func isWritableFolder(_ path: String) -> Bool { real.isWritableFolder(path) }
}
