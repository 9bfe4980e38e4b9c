// Placeholder until the session branch lands (same declarations).
public struct HunkKey: Hashable, Sendable, Codable {
    public var path: String
    public var fingerprint: String
    public var occurrence: Int
    public init(path: String, fingerprint: String, occurrence: Int) {
        self.path = path
        self.fingerprint = fingerprint
        self.occurrence = occurrence
    }
    public static func fingerprint(parts: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for part in parts {
            for byte in withUnsafeBytes(of: UInt64(part.count).littleEndian, Array.init) + part {
                hash = (hash ^ UInt64(byte)) &* 0x100000001b3
            }
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}

public struct ProposalKey: Hashable, Sendable, Codable {
    public var path: String
    public var line: Int
    public var before: String
    public var after: String
    public init(path: String, line: Int, before: String, after: String) {
        self.path = path
        self.line = line
        self.before = before
        self.after = after
    }
}
