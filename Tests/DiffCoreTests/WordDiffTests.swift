import ConvergeTestSupport
import DiffCore
import Testing

/// Word-level changes inside a line pair: exact ranges for hand cases, and properties
/// over generated pairs.
@Suite struct WordDiffTests {
    // MARK: Words, numbers, punctuation

    @Test func renamedIdentifierIsOneChange() {
        #expect(changes("let count = 1\n", "let total = 1\n") == [change(4..<9, 4..<9)])
    }

    @Test func changedNumberCoversTheWholeNumber() {
        #expect(changes("timeout = 30;\n", "timeout = 300;\n") == [change(10..<12, 10..<13)])
    }

    @Test func insertedArgumentIsAPureInsertion() {
        #expect(changes("f(a, b)\n", "f(a, x, b)\n") == [change(5..<5, 5..<8)])
        #expect(rendered("f(a, b)\n", "f(a, x, b)\n") == "f(a, {+x, +}b)\n")
    }

    @Test func changesSeparatedOnlyByWhitespaceAreJoined() {
        #expect(changes("int x = 1;\n", "long y = 1;\n") == [change(0..<5, 0..<6)])
        #expect(rendered("a b c d\n", "a x y d\n") == "a [-b c-]{+x y+} d\n")
    }

    @Test func changesSeparatedByPunctuationStayApart() {
        #expect(changes("f(a, b)\n", "f(x, y)\n") == [change(2..<3, 2..<3), change(5..<6, 5..<6)])
    }

    // MARK: Whitespace and terminators

    @Test func whitespaceOnlyChangeCoversTheWhitespaceRun() {
        #expect(changes("a = b\n", "a  = b\n") == [change(1..<2, 1..<3)])
        #expect(changes("\tx\n", "    x\n") == [change(0..<1, 0..<4)])
        #expect(changes("x\n", "x  \n") == [change(1..<1, 1..<3)], "trailing spaces, not the terminator")
    }

    @Test func crlfAgainstLFChangesOnlyTheTerminator() {
        #expect(changes("same\r\n", "same\n") == [change(4..<6, 4..<5)])
        #expect(changes("same\n", "same\r\n") == [change(4..<5, 4..<6)])
    }

    @Test func equalTerminatorsStayOutOfChanges() {
        #expect(changes("a b\r\n", "a c\r\n") == [change(2..<3, 2..<3)])
    }

    @Test func terminatorChangeMergesWithAChangeThatEndsTheBody() {
        #expect(changes("a b\r\n", "a c\n") == [change(2..<5, 2..<4)])
        #expect(changes("a b \r\n", "a c \n") == [change(2..<3, 2..<3), change(4..<6, 4..<5)],
                "not joined across whitespace into the terminator")
    }

    @Test func missingFinalNewlineIsATerminatorChange() {
        #expect(changes("end\n", "end") == [change(3..<4, 3..<3)])
        #expect(changes("a\r", "a\r\n") == [change(1..<2, 1..<3)], "a lone CR is body whitespace")
    }

    // MARK: UTF-8 and other bytes

    @Test func multiByteCharactersStayWhole() {
        // é C3 A9 / è C3 A8, 漢 E6 BC A2 / 漠 E6 BC A0, 😀 F0 9F 98 80 / 😃 F0 9F 98 83:
        // each pair shares leading bytes, which a byte diff would leave out.
        #expect(changes("x = \"é\"\n", "x = \"è\"\n") == [change(5..<7, 5..<7)])
        #expect(changes("a漢b\n", "a漠b\n") == [change(1..<4, 1..<4)])
        #expect(changes("hi 😀\n", "hi 😃\n") == [change(3..<7, 3..<7)])
    }

    @Test func graphemeExtensionsStayWithTheirBase() {
        #expect(changes("ok 👍🏽\n", "ok 👍🏿\n") == [change(3..<11, 3..<11)], "skin tone modifier")
        #expect(changes("x e\u{301}\n", "x e\u{300}\n") == [change(2..<5, 2..<5)], "combining accent")
        #expect(changes("go 🇫🇷\n", "go 🇫🇮\n") == [change(3..<11, 3..<11)], "flag of two indicators")
        #expect(changes("👨‍👩‍👧\n", "👨‍👩‍👦\n") == [change(0..<18, 0..<18)], "ZWJ sequence")
    }

    @Test func invalidUTF8BytesAreSingleTokens() {
        #expect(changes([0x61, 0xFF, 0x62, 0x0A], [0x61, 0xFE, 0x62, 0x0A]) == [change(1..<2, 1..<2)])
        // E6 BC starts 漢 but is cut short: two invalid bytes, compared one by one.
        #expect(changes([0xE6, 0xBC, 0x41], [0xE6, 0xBD, 0x41]) == [change(1..<2, 1..<2)])
        // A combining mark is not glued onto an invalid byte.
        #expect(changes([0xFF, 0xCC, 0x81], [0xFE, 0xCC, 0x81]) == [change(0..<1, 0..<1)])
    }

    // MARK: Empty and equal lines, offsets

    @Test func emptyLines() {
        #expect(changes("", "").isEmpty)
        #expect(changes("\n", "\n").isEmpty)
        #expect(changes("", "x") == [change(0..<0, 0..<1)])
        #expect(changes("", "\n") == [change(0..<0, 0..<1)])
        #expect(changes("\n", "x\n") == [change(0..<0, 0..<1)])
        #expect(changes("x\r\n", "\r\n") == [change(0..<1, 0..<0)])
    }

    @Test func identicalLinesGiveNoChanges() {
        #expect(changes("same line, 漢字 and 😀\r\n", "same line, 漢字 and 😀\r\n").isEmpty)
    }

    @Test func offsetsAreRelativeToTheLineStart() {
        let old = LineText("first\nlet count = 1\n"), new = LineText("let total = 1\n")
        #expect(WordDiff.changes(old: old, line: 1, new: new, line: 0) == [change(4..<9, 4..<9)])
        let bytes = Array("xxlet count = 1\n".utf8)
        #expect(WordDiff.changes(old: bytes[2...], new: Array("let total = 1\n".utf8)[...])
                == [change(4..<9, 4..<9)])
    }

    // MARK: Properties

    @Test(arguments: [(seed: UInt64(41), invalid: false), (seed: 42, invalid: true)])
    func applyingChangesToOldGivesNew(seed: UInt64, invalid: Bool) {
        var generator = LinePairGenerator(seed: seed, invalidUTF8: invalid)
        for index in 0..<1_500 {
            let (old, new) = generator.pair()
            for (a, b) in [(old, new), (new, old)] {
                let found = WordDiff.changes(old: a, new: b)
                let problems = Self.problems(found, a, b, validUTF8: !invalid)
                #expect(problems.isEmpty, "pair \(index): \(problems) in \(found) for \(a) → \(b)")
            }
        }
    }

    @Test func anyBytesGiveAValidScript() {
        var random = SeededRandom(seed: 43)
        for index in 0..<1_500 {
            let old = (0..<Int.random(in: 0...24, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            var new = old
            for _ in 0..<Int.random(in: 0...4, using: &random) {
                let at = Int.random(in: 0...new.count, using: &random)
                new.insert(UInt8.random(in: 0...255, using: &random), at: at)
                if !new.isEmpty { new.remove(at: Int.random(in: 0..<new.count, using: &random)) }
            }
            let found = WordDiff.changes(old: old, new: new)
            let problems = Self.problems(found, old, new, validUTF8: false)
            #expect(problems.isEmpty, "pair \(index): \(problems) in \(found) for \(old) → \(new)")
        }
    }

    @Test func equalLinesAndEqualBodiesBehave() {
        var generator = LinePairGenerator(seed: 44, invalidUTF8: true)
        for _ in 0..<500 {
            let (old, _) = generator.pair()
            #expect(WordDiff.changes(old: old, new: old).isEmpty)
            let body = Array(old.prefix { $0 != 0x0A && $0 != 0x0D })
            let lf = WordDiff.changes(old: body + [0x0A], new: body + [0x0D, 0x0A])
            #expect(lf == [change(body.count..<body.count + 1, body.count..<body.count + 2)])
        }
    }
}

// MARK: - Helpers

private func change(_ old: Range<Int>, _ new: Range<Int>) -> WordChange {
    WordChange(old: old, new: new)
}

private func changes(_ old: String, _ new: String) -> [WordChange] {
    WordDiff.changes(old: Array(old.utf8), new: Array(new.utf8))
}

private func changes(_ old: [UInt8], _ new: [UInt8]) -> [WordChange] {
    WordDiff.changes(old: old, new: new)
}

/// The new line written as git's `--word-diff=plain` would: `[-old-]{+new+}`.
private func rendered(_ old: String, _ new: String) -> String {
    let a = Array(old.utf8), b = Array(new.utf8)
    var out: [UInt8] = [], i = 0
    for found in changes(old, new) {
        out += a[i..<found.old.lowerBound]
        if !found.old.isEmpty { out += Array("[-".utf8) + a[found.old] + Array("-]".utf8) }
        if !found.new.isEmpty { out += Array("{+".utf8) + b[found.new] + Array("+}".utf8) }
        i = found.old.upperBound
    }
    return String(decoding: out + a[i...], as: UTF8.self)
}

extension WordDiffTests {
    /// What is wrong with `changes` as a script from `old` to `new`: order, bounds,
    /// empty changes, changes that touch, words cut in two, and the replayed result.
    static func problems(_ changes: [WordChange], _ old: [UInt8], _ new: [UInt8], validUTF8: Bool) -> [String] {
        var found: [String] = []
        var replayed: [UInt8] = [], i = 0, j = 0
        for (index, change) in changes.enumerated() {
            if change.old.isEmpty && change.new.isEmpty { found.append("change \(index) is empty") }
            guard change.old.lowerBound >= i, change.new.lowerBound >= j,
                  change.old.upperBound <= old.count, change.new.upperBound <= new.count else {
                return found + ["change \(index) out of order or out of bounds"]
            }
            if index > 0 && (change.old.lowerBound == i || change.new.lowerBound == j) {
                found.append("change \(index) touches the one before")
            }
            if change.old.lowerBound - i != change.new.lowerBound - j {
                found.append("unchanged stretch before change \(index) differs in length")
            }
            replayed += old[i..<change.old.lowerBound] + new[change.new]
            i = change.old.upperBound
            j = change.new.upperBound
        }
        replayed += old[i...]
        if replayed != new { found.append("replayed \(replayed)") }
        found += cutWords(changes.flatMap { [$0.old.lowerBound, $0.old.upperBound] }, old)
        found += cutWords(changes.flatMap { [$0.new.lowerBound, $0.new.upperBound] }, new)
        if validUTF8 && changes.contains(where: { !isValidUTF8(old[$0.old]) || !isValidUTF8(new[$0.new]) }) {
            found.append("a change cuts a UTF-8 character")
        }
        return found
    }

    /// Boundaries that fall between two ASCII word bytes or inside a `\r\n` terminator.
    static func cutWords(_ boundaries: [Int], _ line: [UInt8]) -> [String] {
        func isWord(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "_") || (0x30...0x39).contains(byte)
                || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return boundaries.filter { b in
            b > 0 && b < line.count && ((isWord(line[b - 1]) && isWord(line[b]))
                || (b == line.count - 1 && line[b - 1] == 0x0D && line[b] == 0x0A))
        }.map { "boundary \($0) cuts a token" }
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}

/// Draws line pairs from code-like pieces: words, numbers, spaces, punctuation,
/// multi-byte characters (some with combining marks, modifiers, flags), lone `\r`,
/// and optionally invalid UTF-8; each line ends in `\n`, `\r\n` or nothing.
private struct LinePairGenerator {
    static let pieces: [String] = [
        "foo", "bar", "x1", "_tmp", "42", "0", " ", "  ", "\t", "(", ")", ",", "=", ".", "\"",
        "é", "è", "漢", "漠", "😀", "😃", "👍🏽", "e\u{301}", "\u{301}", "🇫🇷", "🇫", "👨‍👩‍👧", "\r",
    ]
    static let invalidPieces: [[UInt8]] = [[0xFF], [0xC3], [0x80], [0xE6, 0xBC], [0xED, 0xA0, 0x80]]
    static let terminators: [[UInt8]] = [[], [0x0A], [0x0D, 0x0A]]

    var random: SeededRandom
    let invalidUTF8: Bool

    init(seed: UInt64, invalidUTF8: Bool) {
        random = SeededRandom(seed: seed)
        self.invalidUTF8 = invalidUTF8
    }

    mutating func piece() -> [UInt8] {
        if invalidUTF8 && Int.random(in: 0..<8, using: &random) == 0 {
            return Self.invalidPieces.randomElement(using: &random)!
        }
        return Array(Self.pieces.randomElement(using: &random)!.utf8)
    }

    /// An old line and a new one: usually the old one edited piece by piece, sometimes
    /// drawn on its own.
    mutating func pair() -> (old: [UInt8], new: [UInt8]) {
        let pieces = (0..<Int.random(in: 0...12, using: &random)).map { _ in piece() }
        var edited: [[UInt8]] = []
        let independent = Int.random(in: 0..<6, using: &random) == 0
        for original in independent ? [] : pieces {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: break
            case 1: edited.append(piece())
            case 2: edited += [piece(), original]
            default: edited.append(original)
            }
        }
        if independent { edited = (0..<Int.random(in: 0...12, using: &random)).map { _ in piece() } }
        let ending = Self.terminators.randomElement(using: &random)!
        let newEnding = Int.random(in: 0..<5, using: &random) == 0 ? Self.terminators.randomElement(using: &random)! : ending
        return (pieces.flatMap { $0 } + ending, edited.flatMap { $0 } + newEnding)
    }
}
