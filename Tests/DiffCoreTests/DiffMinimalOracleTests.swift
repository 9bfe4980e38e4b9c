import ConvergeTestSupport
import DiffCore
import Testing

/// `DiffOptions(minimal: true)` must find exactly as many edits as GNU `diff --minimal`,
/// the oracle of `bench/PEERS.md` (git 2.39's `--minimal` is not minimal and is not used).
@Suite struct DiffMinimalOracleTests {
    static let recipes: [TextPairRecipe] = [
        TextPairRecipe(.tiny, lines: 0...50, editRate: 0.3, maxBlock: 4, count: 60, seed: 31),
        TextPairRecipe(.tiny, lines: 0...50, editRate: 1, count: 40, seed: 32),
        TextPairRecipe(.code, lines: 0...50, editRate: 0.2, count: 50, seed: 33, mixedEndings: true),
        TextPairRecipe(.large, lines: 0...50, editRate: 0.3, count: 30, seed: 34),
        TextPairRecipe(.tiny, lines: 300...800, editRate: 0.1, count: 3, seed: 35),
        TextPairRecipe(.code, lines: 1_000...3_000, editRate: 0.05, maxBlock: 20, count: 3, seed: 36),
        TextPairRecipe(.code, lines: 300...500, editRate: 1, count: 2, seed: 37),
    ]

    /// Small pairs for the oracle that runs no program, so there can be many.
    static let smallRecipes: [TextPairRecipe] = [
        TextPairRecipe(.tiny, lines: 0...50, editRate: 0.3, maxBlock: 4, count: 300, seed: 131),
        TextPairRecipe(.tiny, lines: 0...30, editRate: 1, count: 300, seed: 132),
        TextPairRecipe(.code, lines: 0...50, editRate: 0.2, count: 300, seed: 133, mixedEndings: true),
        TextPairRecipe(.large, lines: 0...50, editRate: 0.5, count: 200, seed: 134),
    ]

    @Test(arguments: recipes)
    func minimalEditCountEqualsGNUDiffMinimal(recipe: TextPairRecipe) throws {
        let pairs = recipe.pairs().flatMap { [$0, $0.reversed] }
        let expected = try DiffOracle.gnuMinimalEditCounts(pairs)
        for (pair, count) in zip(pairs, expected) {
            #expect(try minimalCount(pair) == count, "\(pair.name)")
        }
    }

    /// A second, independent oracle that needs no other program: n + m − 2·LCS.
    @Test(arguments: smallRecipes)
    func minimalEditCountEqualsLongestCommonSubsequence(recipe: TextPairRecipe) throws {
        for pair in recipe.pairs().flatMap({ [$0, $0.reversed] }) {
            #expect(try minimalCount(pair) == DiffOracle.minimalEditCount(old: pair.old, new: pair.new), "\(pair.name)")
        }
    }

    // MARK: - The trap of PEERS.md and its variants

    /// A line that occurs once in one text and many times in the other: tools that
    /// discard "too common" lines delete it and insert it again.
    struct Trap: Sendable, CustomStringConvertible {
        var description: String
        var old: [String]
        var new: [String]

        var pair: TextPair {
            TextPair(name: description, old: Array((old.map { $0 + "\n" }).joined().utf8),
                     new: Array((new.map { $0 + "\n" }).joined().utf8))
        }
    }

    static let unique = (1...10).map { "unique \($0)" }
    static let traps: [Trap] = [
        Trap(description: "X once among 10, 16 times after",
             old: Array(unique[..<5]) + ["X"] + unique[5...], new: repeated("X", 8) + ["v"] + repeated("X", 8)),
        Trap(description: "X first", old: ["X"] + unique, new: repeated("X", 16) + ["v"]),
        Trap(description: "X last", old: unique + ["X"], new: ["v"] + repeated("X", 16)),
        Trap(description: "X and a kept line", old: unique + ["X"], new: repeated("X", 8) + ["unique 10"] + repeated("X", 8)),
        Trap(description: "blank line", old: Array(unique[..<3]) + [""] + unique[3...], new: repeated("", 16) + ["v"]),
        Trap(description: "brace among code", old: ["f() {", "a", "b", "}", "g() {", "c"],
             new: ["}", "}", "f() {", "}", "}", "}", "}", "a", "}", "}", "}", "c", "}"]),
        Trap(description: "X once among 40, 60 times after",
             old: (1...20).map { "u\($0)" } + ["X"] + (21...40).map { "u\($0)" },
             new: repeated("X", 30) + ["u7", "w"] + repeated("X", 30)),
    ]

    static func repeated(_ line: String, _ count: Int) -> [String] {
        Array(repeating: line, count: count)
    }

    @Test func theTrapOfPeersNeedsTwentySixEditsNotTwentyEight() throws {
        let pair = Self.traps[0].pair
        #expect(try minimalCount(pair) == 26)
        #expect(try minimalCount(pair.reversed) == 26)
        #expect(try Diff.changes(from: LineText(pair.old), to: LineText(pair.new)).editCount == 26,
                "the default mode is exact on small inputs and must not fall into the trap either")
    }

    @Test(arguments: traps)
    func trapVariantsMatchGNUDiffMinimal(trap: Trap) throws {
        let pairs = [trap.pair, trap.pair.reversed]
        let minimal = try DiffOracle.gnuMinimalEditCounts(pairs)
        let gnuDefault = try DiffOracle.gnuDefaultEditCounts(pairs)
        for (index, pair) in pairs.enumerated() {
            #expect(try minimalCount(pair) == minimal[index], "\(pair.name)")
            #expect(minimal[index] == DiffOracle.minimalEditCount(old: pair.old, new: pair.new), "oracles disagree")
            let fast = try Diff.changes(from: LineText(pair.old), to: LineText(pair.new)).editCount
            #expect(fast <= gnuDefault[index], "\(pair.name): default mode worse than GNU diff")
        }
    }

    // MARK: - Heavy repetition: blank lines and braces

    /// Code-shaped texts made of small functions: most lines are `{`-openers, `}` and
    /// blank lines, repeated hundreds of times; functions are added, removed and edited.
    static func functions(seed: UInt64, count: Int) -> TextPair {
        var random = SeededRandom(seed: seed)
        func body(_ n: Int) -> [String] {
            ["func f\(n)() {"] + (0..<Int.random(in: 0...3, using: &random)).map { _ in
                ["    return", "", "    x += 1", "    }"].randomElement(using: &random)!
            } + ["}", ""]
        }
        let bodies = (0..<2 * count).map { body($0) }
        let old = bodies[..<count].flatMap { $0 }
        var new: [String] = []
        for n in 0..<count {
            switch Int.random(in: 0..<10, using: &random) {
            case 0: continue
            case 1: new += bodies[n] + bodies[count + n]
            case 2: new += bodies[n].map { $0 == "" ? "}" : $0 }
            default: new += bodies[n]
            }
        }
        return Trap(description: "functions seed \(seed)", old: old, new: new).pair
    }

    @Test func heavilyRepeatedBlankAndBraceLinesMatchGNUDiffMinimal() throws {
        let sizes = [5, 12, 30, 80, 200]
        let pairs = sizes.enumerated().flatMap { seed, size in
            let pair = Self.functions(seed: UInt64(40 + seed), count: size)
            return [pair, pair.reversed]
        }
        let expected = try DiffOracle.gnuMinimalEditCounts(pairs)
        for (pair, count) in zip(pairs, expected) {
            #expect(try minimalCount(pair) == count, "\(pair.name)")
        }
    }

    private func minimalCount(_ pair: TextPair) throws -> Int {
        try Diff.changes(
            from: LineText(pair.old), to: LineText(pair.new), options: DiffOptions(minimal: true)
        ).editCount
    }
}
