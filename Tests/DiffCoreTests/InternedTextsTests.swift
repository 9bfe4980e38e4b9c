import ConvergeTestSupport
import DiffCore
import Testing

/// Interning gives two lines one id exactly when their bytes are equal, however the
/// later texts are matched with the first (runs after the last match, the table).
@Suite struct InternedTextsTests {
    /// Lines from a small vocabulary (many repeats), of 0 to 40 bytes.
    static func line(_ random: inout SeededRandom) -> [UInt8] {
        let word = random.next() % 300
        let indent = String(repeating: " ", count: Int(random.next() % 4) * 4)
        switch random.next() % 10 {
        case 0: return Array("\n".utf8)
        case 1: return Array("\(indent)x\n".utf8)
        default: return Array("\(indent)value_\(word) = f(\(word % 7))\n".utf8)
        }
    }

    /// A version of `base`: lines replaced, inserted, deleted in blocks and a block moved
    /// to the end.
    static func edited(_ base: [[UInt8]], _ random: inout SeededRandom) -> [[UInt8]] {
        var result: [[UInt8]] = [], moved: [[UInt8]] = []
        var i = 0
        while i < base.count {
            switch random.next() % 400 {
            case 0: i += 100  // a long deletion
            case 1: for _ in 0..<(random.next() % 90) { result.append(line(&random)) }
            case 2: moved += base[i..<min(base.count, i + 30)]; i += 30
            case 3...8: result.append(line(&random)); i += 1
            default: result.append(base[i]); i += 1
            }
        }
        return result + moved
    }

    static func text(_ lines: [[UInt8]], finalNewline: Bool = true) throws -> LineText {
        var bytes = lines.flatMap { $0 }
        if !finalNewline, bytes.last == 0x0A { bytes.removeLast() }
        return try LineText(bytes)
    }

    @Test(arguments: [2, 3])
    func equalIdsExactlyForEqualLines(textCount: Int) throws {
        var random = SeededRandom(seed: UInt64(textCount))
        let base = (0..<30_000).map { _ in Self.line(&random) }
        var versions = [base]
        while versions.count < textCount { versions.append(Self.edited(base, &random)) }
        let texts = try versions.enumerated().map { try Self.text($1, finalNewline: $0 != 1) }
        let interned = try InternedTexts(texts)

        var idOfLine: [[UInt8]: Int32] = [:]
        for (text, ids) in zip(texts, interned.ids) {
            #expect(ids.count == text.count)
            for (index, id) in ids.enumerated() {
                let bytes = Array(text.line(index))
                let known = idOfLine[bytes] ?? id
                #expect(known == id, "line \(index) has id \(id), an equal line \(known)")
                idOfLine[bytes] = id
            }
        }
        #expect(Set(idOfLine.values).count == idOfLine.count, "one id per distinct line")
        #expect(interned.classCount == idOfLine.count)
    }
}
