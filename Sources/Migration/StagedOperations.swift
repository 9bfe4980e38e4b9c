#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The operations of an apply as its backup keeps them (`operations.json`, with the
/// writes' new bytes one after another in `new.pack`; backups made before it have one
/// file per write, `new/<N>`), so `apply --resume` can finish them after a crash
/// without computing anything again.
struct StagedOperations: Codable, Hashable, Sendable {
    struct Operation: Codable, Hashable, Sendable {
        /// `mkdir`, `write` or `remove`.
        var action: String
        var path: String
        var reason: ApplyOperation.Reason
        var origin: String?
        var mode: UInt32?
        /// Of the new bytes, for a write.
        var sha256: String?
        /// The number of new bytes, for a write: where the next write's start in `new.pack`.
        var size: Int?
    }

    static let version = 1

    var version: Int
    var operations: [Operation]

    init(_ operations: [ApplyOperation]) {
        version = Self.version
        self.operations = operations.map { operation in
            switch operation.action {
            case .makeFolder:
                Operation(action: "mkdir", path: operation.path, reason: operation.reason, origin: operation.origin)
            case .write(let bytes, let mode):
                Operation(action: "write", path: operation.path, reason: operation.reason, origin: operation.origin,
                          mode: mode, sha256: ContentHash(of: bytes).description, size: bytes.count)
            case .remove:
                Operation(action: "remove", path: operation.path, reason: operation.reason, origin: operation.origin)
            }
        }
    }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8]((try? encoder.encode(self)) ?? Data()) + [0x0A]
    }

    static func decoded(_ bytes: [UInt8], name: String) throws(ApplyError) -> StagedOperations {
        let staged: StagedOperations
        do {
            staged = try JSONDecoder().decode(StagedOperations.self, from: Data(bytes))
        } catch {
            throw ApplyError("\(name): not a converge operations file")
        }
        guard staged.version == version else { throw ApplyError("\(name): version \(staged.version) is not \(version)") }
        for operation in staged.operations {
            try RootPath.check(operation.path, in: name)
            guard ["mkdir", "remove"].contains(operation.action)
                || operation.action == "write" && operation.mode != nil && operation.sha256.flatMap(ContentHash.init(hex:)) != nil
            else { throw ApplyError("\(name): \(operation.path): not an operation converge knows") }
        }
        return staged
    }
}
