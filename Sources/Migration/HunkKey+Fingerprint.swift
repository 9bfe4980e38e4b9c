extension HunkKey {
    /// A stable digest of `parts` as 16 lowercase hex digits (64-bit FNV-1a).
    ///
    /// Each part is fed as its length (8 bytes, little-endian) and then its bytes, so
    /// the part boundaries count: `["ab", "c"]` and `["a", "bc"]` differ, and so do
    /// `[]` and `[""]`. The same parts give the same digest on every run and platform
    /// (Swift's `Hasher` is seeded per process, so it cannot be stored in a session).
    /// A caller that joins several lists (base, target, source, context lines) should
    /// add each list's count as a part of its own, or the lists' borders blur.
    ///
    /// 64 bits are plenty here: a key also has the file's path, and a collision
    /// between two hunks of one file could only swap decisions that the user sees.
    /// - Complexity: O(total bytes).
    public static func fingerprint(parts: [[UInt8]]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func feed(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for part in parts {
            var length = UInt64(part.count)
            for _ in 0..<8 {
                feed(UInt8(truncatingIfNeeded: length))
                length >>= 8
            }
            for byte in part { feed(byte) }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The keys of one file's hunks from their fingerprints, in file order: hunks with
    /// the same content are told apart by how many came before them (`occurrence`).
    public static func keys(path: String, fingerprints: [String]) -> [HunkKey] {
        var seen: [String: Int] = [:]
        return fingerprints.map { fingerprint in
            let occurrence = seen[fingerprint, default: 0]
            seen[fingerprint] = occurrence + 1
            return HunkKey(path: path, fingerprint: fingerprint, occurrence: occurrence)
        }
    }
}
