#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a backup holds (`.converge/backups/<id>/manifest.json`, a versioned schema):
/// every file the apply changes or removes, as it was (path, size, mode, SHA-256; the
/// bytes are in `files/<path>` beside it), and what the apply creates, so a rollback
/// can remove it. Paths are relative to the project root.
public struct BackupManifest: Codable, Hashable, Sendable {
    public struct Entry: Codable, Hashable, Sendable {
        public var path: String
        public var size: Int
        public var mode: UInt32
        public var sha256: String
    }

    public static let version = 1

    public var version: Int
    /// The UTC timestamp the backup's folder is named after.
    public var id: String
    public var source: String
    public var target: String
    public var files: [Entry]
    public var createdFiles: [String]
    public var createdFolders: [String]

    /// The bytes of `manifest.json`: pretty printed with sorted keys, ending in a newline.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8]((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// Reads a manifest, refusing another version and any path that is absolute or has `..`.
    static func decoded(_ bytes: [UInt8], name: String) throws(ApplyError) -> BackupManifest {
        let manifest: BackupManifest
        do {
            manifest = try JSONDecoder().decode(BackupManifest.self, from: Data(bytes))
        } catch {
            throw ApplyError("\(name): not a converge backup manifest")
        }
        guard manifest.version == version else {
            throw ApplyError("\(name): version \(manifest.version) is not one this converge reads (\(version))")
        }
        for path in manifest.files.map(\.path) + manifest.createdFiles + manifest.createdFolders {
            try RootPath.check(path, in: name)
        }
        for entry in manifest.files where ContentHash(hex: entry.sha256) == nil {
            throw ApplyError("\(name): \(entry.path): not a SHA-256")
        }
        return manifest
    }
}
