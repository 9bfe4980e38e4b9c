#if canImport(Glibc)
import DiffCore
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where a session is kept (`.converge/session.json` in the project root, or a file
/// the user names), and reading and writing it.
///
/// Writing is atomic (`AtomicFile`: temporary file in the same folder, fsync, rename,
/// fsync of the folder), so a crash leaves the old session or the new one. Reading
/// refuses, with one line naming the file, a file that is not JSON, a version this
/// converge does not know, a session of another migration, and unsafe paths.
public struct SessionFile: Sendable {
    /// The session's place under the project root.
    public static let relativePath = ".converge/session.json"

    /// Where the file is read and written.
    public let path: String
    /// How messages name the file.
    public let displayPath: String
    /// The migration the session must belong to.
    public let migration: SessionMigration

    /// The session file of the project at `projectRoot`.
    public init(projectRoot: String, migration: SessionMigration) {
        self.init(path: "\(projectRoot)/\(Self.relativePath)", displayPath: Self.relativePath, migration: migration)
    }

    /// A session file the user named (`converge apply --session FILE`).
    public init(path: String, displayPath: String? = nil, migration: SessionMigration) {
        self.path = path
        self.displayPath = displayPath ?? path
        self.migration = migration
    }

    /// The saved session, with nothing to undo, or nil when there is no file yet.
    public func load() throws(SessionFileError) -> Session? {
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.read(path)
        } catch {
            if error.code == ENOENT { return nil }
            throw failure("cannot read: \(String(cString: strerror(error.code)))")
        }
        return try decode(bytes)
    }

    /// Writes the session's decisions atomically, making the file's folder if missing.
    public func save(_ session: Session) throws(SessionFileError) {
        let bytes = try encode(session)
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        if !folder.isEmpty, mkdir(folder, 0o755) != 0, errno != EEXIST {
            throw failure("cannot make \(folder): \(String(cString: strerror(errno)))")
        }
        do {
            try AtomicFile.replace(path, newFileMode: 0o644) { sink in sink.write(bytes[...]) }
        } catch {
            throw failure("cannot write: \(String(cString: strerror(error.code)))")
        }
    }

    /// The file's bytes for `session`: pretty printed with sorted keys, ending in a
    /// newline, so that two saves of a session differ only where decisions do.
    public func encode(_ session: Session) throws(SessionFileError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            return [UInt8](try encoder.encode(SessionDocument(session.decisions, migration: migration))) + [0x0A]
        } catch {
            throw failure("cannot encode the session: \(error)")
        }
    }

    func failure(_ reason: String) -> SessionFileError {
        SessionFileError(path: displayPath, reason: reason)
    }
}
