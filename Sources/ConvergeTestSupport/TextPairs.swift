/// Where generated lines come from; the alphabet decides how often lines repeat.
public enum LineAlphabet: String, Sendable, CaseIterable {
    /// Blank, `}` and one statement: nearly every line repeats many times.
    case tiny
    /// Code-like, the mix of `bench/PEERS.md`: 10 % blank, 5 % `}`, 5 % from 50
    /// boiler-plate lines, 80 % statements from a pool of 2,000.
    case code
    /// Statements from a pool of a million: repeats are rare.
    case large
    /// Every line is new, so two texts align in exactly one way.
    case unique
}

/// Two texts to diff, named so a failure can be traced to its recipe and index.
public struct TextPair: Sendable, CustomStringConvertible {
    public var name: String
    public var old: [UInt8]
    public var new: [UInt8]

    public init(name: String, old: [UInt8], new: [UInt8]) {
        self.name = name
        self.old = old
        self.new = new
    }

    /// The same pair the other way round (new → old).
    public var reversed: TextPair { TextPair(name: "\(name) reversed", old: new, new: old) }

    public var description: String { name }
}

/// How to generate a batch of pairs: the new text is the old one with random edits.
public struct TextPairRecipe: Sendable, CustomStringConvertible {
    public var alphabet: LineAlphabet
    /// Lines of the old text (each pair draws a count in this range).
    public var lines: ClosedRange<Int>
    /// Chance that an edit starts at each old line; 1 draws the new text on its own.
    public var editRate: Double
    /// Largest block of lines one edit inserts or deletes.
    public var maxBlock: Int
    public var count: Int
    public var seed: UInt64
    /// Half the lines end in `\r\n` instead of `\n`.
    public var mixedEndings: Bool

    public init(
        _ alphabet: LineAlphabet, lines: ClosedRange<Int>, editRate: Double, maxBlock: Int = 6,
        count: Int, seed: UInt64, mixedEndings: Bool = false
    ) {
        self.alphabet = alphabet
        self.lines = lines
        self.editRate = editRate
        self.maxBlock = maxBlock
        self.count = count
        self.seed = seed
        self.mixedEndings = mixedEndings
    }

    public var description: String {
        "\(alphabet) \(lines.lowerBound)–\(lines.upperBound) lines, rate \(editRate)"
            + (mixedEndings ? ", CRLF" : "") + ", seed \(seed)"
    }

    /// The pairs, the same on every run. A quarter of the texts lack a final newline.
    public func pairs() -> [TextPair] {
        var generator = TextGenerator(alphabet: alphabet, seed: seed, mixedEndings: mixedEndings)
        return (0..<count).map { index in
            let old = generator.lines(Int.random(in: lines, using: &generator.random))
            let new = editRate >= 1
                ? generator.lines(Int.random(in: lines, using: &generator.random))
                : generator.edited(old, rate: editRate, maxBlock: maxBlock)
            return TextPair(
                name: "\(self) #\(index)",
                old: generator.finished(old), new: generator.finished(new))
        }
    }
}

/// Draws lines (terminator included) and edits sequences of them.
public struct TextGenerator {
    public var random: SeededRandom
    public let alphabet: LineAlphabet
    public let mixedEndings: Bool
    private var counter = 0

    public init(alphabet: LineAlphabet, seed: UInt64, mixedEndings: Bool = false) {
        self.random = SeededRandom(seed: seed)
        self.alphabet = alphabet
        self.mixedEndings = mixedEndings
    }

    /// One line, with its terminator.
    public mutating func line() -> [UInt8] {
        let content: String
        switch alphabet {
        case .tiny:
            content = ["", "}", "x = 1"].randomElement(using: &random)!
        case .code:
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 10 { content = "" }
            else if roll < 15 { content = "}" }
            else if roll < 20 { content = "    // boiler-plate \(Int.random(in: 0..<50, using: &random))" }
            else { content = "    v\(Int.random(in: 0..<2_000, using: &random)) = call(x)" }
        case .large:
            content = "let v\(Int.random(in: 0..<1_000_000, using: &random)) = 1"
        case .unique:
            counter += 1
            content = "line \(counter) of \(UInt16.random(in: 0...UInt16.max, using: &random))"
        }
        let crlf = mixedEndings && Bool.random(using: &random)
        return Array(content.utf8) + (crlf ? [0x0D, 0x0A] : [0x0A])
    }

    public mutating func lines(_ count: Int) -> [[UInt8]] {
        (0..<count).map { _ in line() }
    }

    /// `lines` with random edits: blocks replaced, inserted or deleted, and (unless the
    /// alphabet is `unique`) blocks copied from elsewhere in the text.
    public mutating func edited(_ lines: [[UInt8]], rate: Double, maxBlock: Int) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var i = 0
        while i <= lines.count {
            if Double.random(in: 0..<1, using: &random) < rate {
                let size = Int.random(in: 1...maxBlock, using: &random)
                switch Int.random(in: 0..<4, using: &random) {
                case 0: i += size; result += self.lines(Int.random(in: 1...maxBlock, using: &random))
                case 1: result += self.lines(size)
                case 2: i += size
                default:
                    if alphabet == .unique || lines.isEmpty { result += self.lines(size); break }
                    let from = Int.random(in: 0..<lines.count, using: &random)
                    result += lines[from..<min(lines.count, from + size)]
                }
            }
            if i < lines.count { result.append(lines[i]) }
            i += 1
        }
        return result
    }

    /// The bytes of `lines`; a quarter of the time the final `\n` is left off.
    public mutating func finished(_ lines: [[UInt8]]) -> [UInt8] {
        var bytes = TextLines.join(lines)
        if !bytes.isEmpty && Int.random(in: 0..<4, using: &random) == 0 { bytes.removeLast() }
        return bytes
    }
}
