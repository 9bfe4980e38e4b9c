/// Python identifiers are NFKC-normalised when the source is parsed (PEP 3131), so
/// `ﬁlter`, `ｆｉｌｔｅｒ` and `filter` are one binding (spec case 59): a tool that
/// compares names byte for byte would see two names where Python sees one.
///
/// Swift's `String ==` (and its hashing) already treats canonically equivalent text as
/// equal, so the comparison key only has to add what NFKC adds on top of canonical
/// equivalence: the compatibility decompositions. Applying them scalar by scalar gives
/// a string canonically equivalent to the NFKD form, which is equal exactly when the
/// NFKC forms are. No Foundation is needed, and the table is parsed once, on first use.
public enum IdentifierNormalization {
    /// The key two identifiers share exactly when Python binds them as one name: compare
    /// and hash keys, never display them (they are decomposed, `ﬁ` becomes `fi`).
    public static func comparisonKey(_ identifier: String) -> String {
        // Nearly every name is ASCII, which has no compatibility decompositions.
        if identifier.utf8.allSatisfy({ $0 < 0x80 }) { return identifier }
        var key = String.UnicodeScalarView()
        for scalar in identifier.unicodeScalars {
            if let decomposed = decompositions[scalar.value] {
                key.append(contentsOf: decomposed)
            } else {
                key.append(scalar)
            }
        }
        return String(key)
    }

    /// Whether Python reads `first` and `second` as the same identifier.
    public static func sameIdentifier(_ first: String, _ second: String) -> Bool {
        comparisonKey(first) == comparisonKey(second)
    }

    /// Code point to its full compatibility decomposition, from `compatibilityTable`.
    /// A `static let` is initialised lazily and once, even across threads.
    static let decompositions: [UInt32: [Unicode.Scalar]] = parse(compatibilityTable)

    /// Reads lines `XXXX:YYYY ZZZZ` (hexadecimal code points: the character, then its
    /// decomposition); a line that does not parse is skipped, so a damaged table
    /// weakens the comparison instead of crashing.
    static func parse(_ table: String) -> [UInt32: [Unicode.Scalar]] {
        var result: [UInt32: [Unicode.Scalar]] = [:]
        result.reserveCapacity(4096)
        for line in table.utf8.split(separator: UInt8(ascii: "\n")) {
            let halves = line.split(separator: UInt8(ascii: ":"), maxSplits: 1)
            guard halves.count == 2, let code = hexadecimal(halves[0]) else { continue }
            let scalars = halves[1].split(separator: UInt8(ascii: " "))
                .compactMap { hexadecimal($0).flatMap(Unicode.Scalar.init) }
            if !scalars.isEmpty { result[code] = scalars }
        }
        return result
    }

    private static func hexadecimal(_ digits: Substring.UTF8View) -> UInt32? {
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        var value: UInt32 = 0
        for byte in digits {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value * 16 + UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "A")...UInt8(ascii: "F"): value = value * 16 + UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }
        return value
    }
}
