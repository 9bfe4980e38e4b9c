import ConvergeTestSupport
import PythonSource
import Testing

/// Random bytes and random edits of real Python source: the analysis must not crash or
/// hang, the tokens must give the bytes back, and every range must lie inside the source.
@Suite struct FuzzTests {
    /// Bytes that change how Python code is split: quotes, prefixes, brackets, escapes,
    /// comments and the three line ends.
    static let alphabet: [[UInt8]] = [
        "'", "\"", "'''", "\"\"\"", "f\"", "rb'", "{", "}", "(", ")", "[", "]", "\\", "\n", "\r", "\r\n",
        "#", ":", ";", ".", ",", "=", " ", "\t", "import ", "from ", "def ", "__all__", "x", "1", "é", "\u{FEFF}",
    ].map { Array($0.utf8) }

    @Test func randomBytes() {
        var random = SeededRandom(seed: 0xC0FFEE)
        for _ in 0..<1_500 {
            let length = Int.random(in: 0...400, using: &random)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &random) }
            check(bytes)
        }
    }

    /// Pieces of the alphabet strung together: dense in quotes, brackets and escapes.
    @Test func randomPieces() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...120, using: &random)
            check((0..<count).flatMap { _ in Self.alphabet.randomElement(using: &random)! })
        }
    }

    @Test func randomEditsOfRealSource() {
        var random = SeededRandom(seed: 42)
        let originals = PythonFixtures.all.map { Array($0.text.utf8) }
        for round in 0..<3_000 {
            var bytes = originals[round % originals.count]
            for _ in 0...Int.random(in: 0..<6, using: &random) { mutate(&bytes, using: &random) }
            check(bytes)
        }
    }

    private func mutate(_ bytes: inout [UInt8], using random: inout SeededRandom) {
        let at = Int.random(in: 0...bytes.count, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            bytes.insert(contentsOf: Self.alphabet.randomElement(using: &random)!, at: at)
        case 1:
            bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...20, using: &random)))
        case 2:
            let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
            bytes.insert(contentsOf: bytes[at..<end], at: Int.random(in: 0...bytes.count, using: &random))
        default:
            if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &random) }
        }
    }

    private func check(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let analysis = SourceAnalysis(bytes: bytes)
        let source = analysis.source
        #expect(TokenAssertions.coversEveryByte(source), "\(bytes)", sourceLocation: sourceLocation)
        let inside = { (range: Range<Int>) in range.lowerBound >= 0 && range.upperBound <= bytes.count }
        for statement in analysis.imports {
            let parts = statement.names.flatMap { $0.name.parts.map(\.range) + [$0.alias?.range].compactMap { $0 } }
                + (statement.module?.parts.map(\.range) ?? [])
            #expect(inside(statement.range), sourceLocation: sourceLocation)
            #expect(parts.allSatisfy { statement.range.contains($0.lowerBound) }, sourceLocation: sourceLocation)
        }
        #expect(analysis.definitions.allSatisfy { inside($0.range) && inside($0.nameRange) }, sourceLocation: sourceLocation)
        #expect(analysis.exportLists.allSatisfy { $0.entries.allSatisfy { inside($0.range) } }, sourceLocation: sourceLocation)
        #expect(analysis.dottedNameStrings.allSatisfy { inside($0.contentRange) }, sourceLocation: sourceLocation)
        #expect(source.problems.allSatisfy { $0.offset <= bytes.count }, sourceLocation: sourceLocation)
    }
}
