#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What a finished apply leaves for `converge verify` (`.converge/applied.json`, a
/// versioned schema): the old names of the migration's moved modules, the places where
/// an old name stays on purpose (the proposals the apply did not write, at the path and
/// line where their text now is), and the files the apply wrote. With it, a bare
/// `converge verify` checks exactly what the migration promised; paths are relative to
/// the project root.
public struct AppliedRecord: Codable, Hashable, Sendable {
    public static let version = 1

    public var version: Int
    /// The backup of the apply (`.converge/backups/<id>/`).
    public var backup: String
    public var source: String
    public var target: String
    /// The moves' old dotted names (`pkg.old`): nothing may name them any more.
    public var oldModules: [String]
    /// `path:line` of each reference left on purpose: a rejected, flagged or
    /// not-accepted proposal, where its text is after the apply.
    public var kept: [String]
    /// Every file the apply wrote.
    public var written: [String]

    public init(backup: String, source: String, target: String, oldModules: [String], kept: [String], written: [String]) {
        version = Self.version
        self.backup = backup
        self.source = source
        self.target = target
        self.oldModules = oldModules
        self.kept = kept
        self.written = written
    }

    /// The bytes of `applied.json`: pretty printed with sorted keys, ending in a newline.
    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8]((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    /// Reads a record, refusing another version.
    static func decoded(_ bytes: [UInt8], name: String) throws(ApplyError) -> AppliedRecord {
        let record: AppliedRecord
        do {
            record = try JSONDecoder().decode(AppliedRecord.self, from: Data(bytes))
        } catch {
            throw ApplyError("\(name): not a converge applied record")
        }
        guard record.version == version else {
            throw ApplyError("\(name): version \(record.version) is not one this converge reads (\(version))")
        }
        return record
    }
}
