import ConvergeTestSupport
import DiffCore
import Testing

/// Properties every diff must have, checked on generated pairs (fixed seeds), in both
/// directions (old → new and new → old) and in both modes (default and minimal).
@Suite struct DiffPropertyTests {
    static let recipes: [TextPairRecipe] = [
        TextPairRecipe(.tiny, lines: 0...50, editRate: 0.2, maxBlock: 3, count: 120, seed: 11),
        TextPairRecipe(.tiny, lines: 0...50, editRate: 1, count: 80, seed: 12),
        TextPairRecipe(.code, lines: 0...50, editRate: 0.1, count: 120, seed: 13, mixedEndings: true),
        TextPairRecipe(.large, lines: 0...50, editRate: 0.15, count: 120, seed: 14),
        TextPairRecipe(.large, lines: 0...50, editRate: 1, count: 60, seed: 15),
        TextPairRecipe(.tiny, lines: 300...800, editRate: 0.05, count: 4, seed: 16),
        TextPairRecipe(.code, lines: 500...3_000, editRate: 0.02, maxBlock: 20, count: 5, seed: 17),
        TextPairRecipe(.large, lines: 1_000...3_000, editRate: 0.03, count: 5, seed: 18, mixedEndings: true),
        TextPairRecipe(.code, lines: 200...400, editRate: 1, count: 3, seed: 19),
    ]

    /// Each pair of a recipe, both ways round.
    static func bothWays(_ recipe: TextPairRecipe) -> [TextPair] {
        recipe.pairs().flatMap { [$0, $0.reversed] }
    }

    @Test(arguments: recipes, [false, true])
    func applyingTheChangesToOldGivesNew(recipe: TextPairRecipe, minimal: Bool) throws {
        for pair in Self.bothWays(recipe) {
            let changes = try diff(pair, minimal: minimal)
            let applied = try DiffApply.apply(changes.map { ($0.old, $0.new) }, old: pair.old, new: pair.new)
            #expect(TextLines.difference(applied, pair.new) == nil, "\(pair.name), minimal: \(minimal): \(describe(pair))")
        }
    }

    @Test(arguments: recipes, [false, true])
    func changesAreOrderedNonEmptyAndSeparatedByEqualLines(recipe: TextPairRecipe, minimal: Bool) throws {
        for pair in Self.bothWays(recipe) {
            let old = try LineText(pair.old), new = try LineText(pair.new)
            let changes = try Diff.changes(from: old, to: new, options: DiffOptions(minimal: minimal))
            let found = problems(changes, old, new)
            #expect(found.isEmpty, "\(pair.name), minimal: \(minimal): \(found) in \(changes)")
        }
    }

    @Test(arguments: recipes)
    func defaultModeNeverHasFewerEditsThanMinimal(recipe: TextPairRecipe) throws {
        for pair in Self.bothWays(recipe) {
            let fast = try diff(pair, minimal: false).editCount
            let minimal = try diff(pair, minimal: true).editCount
            #expect(fast >= minimal, "\(pair.name): default \(fast) < minimal \(minimal)")
        }
    }

    /// The smallest number of edits is the same whichever way round the texts are.
    @Test(arguments: recipes)
    func minimalEditCountIsTheSameBothWays(recipe: TextPairRecipe) throws {
        for pair in recipe.pairs() {
            let forward = try diff(pair, minimal: true)
            let backward = try diff(pair.reversed, minimal: true)
            #expect(forward.editCount == backward.editCount, "\(pair.name)")
            #expect(DiffStat(forward).insertions == DiffStat(backward).deletions, "\(pair.name)")
        }
    }

    @Test(arguments: recipes, [false, true])
    func identicalInputsGiveNoChanges(recipe: TextPairRecipe, minimal: Bool) throws {
        for pair in recipe.pairs() {
            let copy = TextPair(name: pair.name, old: pair.old, new: Array(pair.old[...]))
            #expect(try diff(copy, minimal: minimal).isEmpty, "\(pair.name)")
        }
    }

    /// Above 20,000 lines the default mode splits the work at unique lines; the
    /// properties must still hold there.
    @Test func largeInputSplitAtUniqueLinesStillApplies() throws {
        let recipe = TextPairRecipe(.large, lines: 15_000...15_000, editRate: 0.01, count: 1, seed: 20)
        let code = TextPairRecipe(.code, lines: 14_000...14_000, editRate: 0.01, maxBlock: 30, count: 1, seed: 21)
        for pair in Self.bothWays(recipe) + Self.bothWays(code) {
            let old = try LineText(pair.old), new = try LineText(pair.new)
            let fast = try Diff.changes(from: old, to: new)
            let minimal = try Diff.changes(from: old, to: new, options: DiffOptions(minimal: true))
            #expect(problems(fast, old, new).isEmpty, "\(pair.name)")
            let applied = try DiffApply.apply(fast.map { ($0.old, $0.new) }, old: pair.old, new: pair.new)
            #expect(TextLines.difference(applied, pair.new) == nil, "\(pair.name)")
            #expect(fast.editCount >= minimal.editCount, "\(pair.name)")
        }
    }

    // MARK: - Helpers

    private func diff(_ pair: TextPair, minimal: Bool) throws -> [Change] {
        try Diff.changes(
            from: LineText(pair.old), to: LineText(pair.new), options: DiffOptions(minimal: minimal))
    }

    private func describe(_ pair: TextPair) -> String {
        pair.old.count + pair.new.count > 600 ? "(large)"
            : "old \"\(TextLines.escaped(pair.old))\" new \"\(TextLines.escaped(pair.new))\""
    }

    /// What is wrong with `changes` as an edit script from `old` to `new`: each change
    /// non-empty and in bounds, changes in increasing order with at least one unchanged
    /// line between two of them, and unchanged lines equal byte for byte.
    private func problems(_ changes: [Change], _ old: LineText, _ new: LineText) -> [String] {
        var found: [String] = []
        var i = 0, j = 0
        for (index, change) in changes.enumerated() {
            if change.old.isEmpty && change.new.isEmpty { found.append("change \(index) is empty") }
            if change.old.upperBound > old.count || change.new.upperBound > new.count {
                found.append("change \(index) \(change) is past the end")
                return found
            }
            if index > 0 && (change.old.lowerBound <= i || change.new.lowerBound <= j) {
                found.append("change \(index) \(change) touches or overlaps the one before")
            }
            if change.old.lowerBound < i || change.new.lowerBound < j { return found }
            found += unchangedProblems(old, i..<change.old.lowerBound, new, j..<change.new.lowerBound)
            i = change.old.upperBound
            j = change.new.upperBound
        }
        return found + unchangedProblems(old, i..<old.count, new, j..<new.count)
    }

    private func unchangedProblems(
        _ old: LineText, _ oldLines: Range<Int>, _ new: LineText, _ newLines: Range<Int>
    ) -> [String] {
        guard oldLines.count == newLines.count else {
            return ["unchanged stretch \(oldLines) of old has \(oldLines.count) lines, \(newLines) of new \(newLines.count)"]
        }
        return zip(oldLines, newLines).compactMap { i, j in
            old.line(i).elementsEqual(new.line(j)) ? nil : "unchanged old line \(i) differs from new line \(j)"
        }
    }
}
