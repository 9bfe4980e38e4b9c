import ConvergeTestSupport
import DiffCore
import Testing

/// The three-way merge on hand-written cases: identities, regions, levels, styles,
/// favors and byte fidelity. `MergeOracleTests` compares with git on generated ones.
@Suite struct MergeTests {
    // MARK: identities

    @Test func unchangedTargetGivesSource() throws {
        let base = "one\ntwo\nthree\n", source = "one\n2\nthree\nfour"
        try assertMerge(base: base, target: base, source: source, gives: source)
    }

    @Test func unchangedSourceGivesTarget() throws {
        let base = "one\ntwo\nthree\n", target = "zero\none\ntwo\r\n"
        try assertMerge(base: base, target: target, source: base, gives: target)
    }

    @Test func equalSidesGiveThatSideWithoutConflict() throws {
        let base = "a\nb\nc\nd\n", both = "a\nB\nc\nd\nappended\n"
        for level in ConflictLevel.allCases where level != .minimal {
            for style in ConflictStyle.allCases {
                let options = MergeOptions(level: level, style: style)
                try assertMerge(base: base, target: both, source: both, gives: both, options: options)
            }
        }
    }

    @Test func identitiesHoldOnGeneratedTexts() throws {
        for seed in 0..<200 {
            var generator = TripleGenerator(seed: UInt64(seed), vocabulary: .small)
            let triple = generator.triple(conflicts: true)
            let text = { (bytes: [UInt8]) in String(decoding: bytes, as: UTF8.self) }
            guard text(triple.target).utf8.elementsEqual(triple.target) else { continue }
            try assertMerge(base: text(triple.base), target: text(triple.base), source: text(triple.source),
                            gives: text(triple.source))
            try assertMerge(base: text(triple.base), target: text(triple.target), source: text(triple.base),
                            gives: text(triple.target))
            try assertMerge(base: text(triple.base), target: text(triple.target), source: text(triple.target),
                            gives: text(triple.target))
        }
    }

    // MARK: regions

    @Test func regionsTileAllThreeTexts() throws {
        for seed in 0..<300 {
            var generator = TripleGenerator(seed: UInt64(seed), vocabulary: seed % 2 == 0 ? .small : .unique)
            let triple = generator.triple(conflicts: seed % 3 != 0)
            for options in [MergeOptions(), MergeOptions(level: .minimal), MergeOptions(style: .zdiff3)] {
                let result = try ThreeWayMerge.merge(
                    base: LineText(triple.base), target: LineText(triple.target),
                    source: LineText(triple.source), options: options)
                var base = 0, target = 0, source = 0
                for region in result.regions {
                    #expect(region.base.lowerBound == base && region.target.lowerBound == target
                            && region.source.lowerBound == source, "seed \(seed): \(result.regions)")
                    (base, target, source) = (region.base.upperBound, region.target.upperBound, region.source.upperBound)
                }
                #expect(base == result.base.count && target == result.target.count
                        && source == result.source.count, "seed \(seed)")
            }
        }
    }

    @Test func separateChangesAreCleanRegions() throws {
        let result = try merge(base: "a\nb\nc\nd\ne\n", target: "A\nb\nc\nd\ne\n", source: "a\nb\nc\nd\nE\n")
        let expectedResult: [MergeRegion] = [
            .target(base: 0..<1, target: 0..<1, source: 0..<1),
            .unchanged(base: 1..<4, target: 1..<4, source: 1..<4),
            .source(base: 4..<5, target: 4..<5, source: 4..<5),
        ]
        #expect(result.regions == expectedResult)
        #expect(result.conflictCount == 0 && result.isClean)
    }

    @Test func sameChangeIsBothSameFromEagerAndAConflictAtMinimal() throws {
        let base = "a\nb\nc\n", both = "a\nB\nc\n"
        let eager = try merge(base: base, target: both, source: both, options: MergeOptions(level: .eager))
        #expect(eager.regions.contains(.bothSame(base: 1..<2, target: 1..<2, source: 1..<2)))
        let minimal = try merge(base: base, target: both, source: both, options: MergeOptions(level: .minimal))
        #expect(minimal.conflictCount == 1)
        #expect(minimal.regions[1] == .conflict(base: 1..<2, target: 1..<2, source: 1..<2))
    }

    @Test func touchingChangesConflict() throws {
        // Changes to adjacent base lines leave no unchanged line to order them by.
        let result = try merge(base: "a\nb\nc\nd\n", target: "a\nB\nc\nd\n", source: "a\nb\nC\nd\n")
        let expectedResult: [MergeRegion] = [
            .unchanged(base: 0..<1, target: 0..<1, source: 0..<1),
            .conflict(base: 1..<3, target: 1..<3, source: 1..<3),
            .unchanged(base: 3..<4, target: 3..<4, source: 3..<4),
        ]
        #expect(result.regions == expectedResult)
    }

    // MARK: levels

    @Test func zealousKeepsOnlyTheLinesThatDiffer() throws {
        let base = "start\nold\nend\n"
        let target = "start\nshared 1\nmine\nshared 2\nend\n"
        let source = "start\nshared 1\ntheirs\nshared 2\nend\n"
        let eager = try merge(base: base, target: target, source: source, options: MergeOptions(level: .eager))
        #expect(eager.regions[1] == .conflict(base: 1..<2, target: 1..<4, source: 1..<4))
        let zealous = try merge(base: base, target: target, source: source, options: MergeOptions(level: .zealous))
        let expectedZealous: [MergeRegion] = [
            .unchanged(base: 0..<1, target: 0..<1, source: 0..<1),
            .bothSame(base: 1..<1, target: 1..<2, source: 1..<2),
            .conflict(base: 1..<2, target: 2..<3, source: 2..<3),
            .bothSame(base: 2..<2, target: 3..<4, source: 3..<4),
            .unchanged(base: 2..<3, target: 4..<5, source: 4..<5),
        ]
        #expect(zealous.regions == expectedZealous)
        try assertOutput(zealous, """
            start
            shared 1
            <<<<<<< target
            mine
            =======
            theirs
            >>>>>>> source
            shared 2
            end

            """)
    }

    @Test func zealousAlnumJoinsConflictsAcrossPunctuation() throws {
        let base = "x\n1\n}\n}\n}\n}\n2\n"
        let target = "x\nA\n}\n}\n}\n}\nB\n"
        let source = "x\nC\n}\n}\n}\n}\nD\n"
        let zealous = try merge(base: base, target: target, source: source, options: MergeOptions(level: .zealous))
        #expect(zealous.conflictCount == 2, "four lines apart: kept apart")
        let alnum = try merge(base: base, target: target, source: source)
        #expect(alnum.conflictCount == 1, "only braces between: joined")
        #expect(alnum.regions[1] == .conflict(base: 1..<7, target: 1..<7, source: 1..<7))
    }

    @Test func zealousJoinsConflictsAtMostThreeLinesApart() throws {
        let base = "x\n1\na\nb\nc\n2\n"
        let result = try merge(base: base, target: "x\nA\na\nb\nc\nB\n", source: "x\nC\na\nb\nc\nD\n",
                               options: MergeOptions(level: .zealous))
        #expect(result.conflictCount == 1)
    }

    // MARK: styles and favors

    @Test func diff3ShowsTheBaseAndZdiff3MovesSharedLinesOut() throws {
        let base = "a\nb\nc\n", target = "a\nsame\nmine\nc\n", source = "a\nsame\ntheirs\nc\n"
        let diff3 = try merge(base: base, target: target, source: source, options: MergeOptions(style: .diff3))
        try assertOutput(diff3, """
            a
            <<<<<<< target
            same
            mine
            ||||||| base
            b
            =======
            same
            theirs
            >>>>>>> source
            c

            """)
        let zdiff3 = try merge(base: base, target: target, source: source, options: MergeOptions(style: .zdiff3))
        try assertOutput(zdiff3, """
            a
            same
            <<<<<<< target
            mine
            ||||||| base
            b
            =======
            theirs
            >>>>>>> source
            c

            """)
    }

    @Test func favorsResolveConflicts() throws {
        let base = "a\nb\nc\n", target = "a\nmine\nc\n", source = "a\ntheirs\nc\n"
        let expected: [(ConflictFavor, String)] = [
            (.target, target), (.source, source), (.union, "a\nmine\ntheirs\nc\n"),
        ]
        for (favor, text) in expected {
            let result = try merge(base: base, target: target, source: source, options: MergeOptions(favor: favor))
            #expect(result.conflictCount == 1 && result.unresolvedConflictCount == 0)
            try assertOutput(result, text)
        }
    }

    @Test func markerSizeAndLabels() throws {
        let labels = MergeLabels(target: "HEAD", base: nil, source: "feature branch")
        let result = try merge(base: "b\n", target: "t\n", source: "s\n",
                               options: MergeOptions(style: .diff3, markerSize: 3, labels: labels))
        try assertOutput(result, "<<< HEAD\nt\n|||\nb\n===\ns\n>>> feature branch\n")
        let defaultSize = try merge(base: "b\n", target: "t\n", source: "s\n", options: MergeOptions(markerSize: 0))
        try assertOutput(defaultSize, "<<<<<<< target\nt\n=======\ns\n>>>>>>> source\n")
    }

    // MARK: bytes

    @Test func unterminatedSidesGetATerminatorBeforeTheNextMarker() throws {
        let result = try merge(base: "a\nb", target: "a\nmine", source: "a\ntheirs")
        try assertOutput(result, "a\n<<<<<<< target\nmine\n=======\ntheirs\n>>>>>>> source\n")
    }

    @Test func crlfFilesGetCrlfMarkers() throws {
        let result = try merge(base: "a\r\nb\r\nc", target: "a\r\nmine\r\nc", source: "a\r\ntheirs\r\nc")
        try assertOutput(result, "a\r\n<<<<<<< target\r\nmine\r\n=======\r\ntheirs\r\n>>>>>>> source\r\nc")
        let union = try merge(base: "a\r\nb", target: "a\r\nmine", source: "a\r\ntheirs",
                              options: MergeOptions(favor: .union))
        try assertOutput(union, "a\r\nmine\r\ntheirs")
    }

    @Test func lfBaseKeepsLfMarkersEvenBetweenCrlfSides() throws {
        let result = try merge(base: "a\nb\n", target: "a\r\nmine\r\n", source: "a\r\ntheirs\r\n")
        // The sides share "a\r\n" (refined out of the conflict), but the base says LF.
        #expect(result.conflictCount == 1)
        try assertOutput(result, "a\r\n<<<<<<< target\nmine\r\n=======\ntheirs\r\n>>>>>>> source\n")
    }

    @Test func bytesAreKeptAsTheyAre() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9, 0x0A]
        let base = bom + Array("x\n".utf8) + latin1 + Array("y\n".utf8)
        let target = bom + Array("x\n".utf8) + latin1 + Array("Y\n".utf8)
        let source = bom + Array("X\n".utf8) + latin1 + Array("y\n".utf8)
        let result = try ThreeWayMerge.merge(
            base: LineText(base), target: LineText(target), source: LineText(source))
        var buffer = ByteBuffer()
        MergeOutput(result).write(to: &buffer)
        #expect(buffer.bytes == bom + Array("X\n".utf8) + latin1 + Array("Y\n".utf8))
    }

    @Test func emptyTexts() throws {
        try assertMerge(base: "", target: "", source: "", gives: "")
        try assertMerge(base: "", target: "", source: "new\n", gives: "new\n")
        try assertMerge(base: "gone\n", target: "", source: "gone\n", gives: "")
        let result = try merge(base: "", target: "mine\n", source: "theirs")
        try assertOutput(result, "<<<<<<< target\nmine\n=======\ntheirs\n>>>>>>> source\n")
    }

    // MARK: helpers

    private func merge(
        base: String, target: String, source: String, options: MergeOptions = MergeOptions()
    ) throws -> MergeResult {
        try ThreeWayMerge.merge(
            base: LineText(base), target: LineText(target), source: LineText(source), options: options)
    }

    /// Checks a merge gives `expected` with no conflict.
    private func assertMerge(
        base: String, target: String, source: String, gives expected: String,
        options: MergeOptions = MergeOptions(), sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try merge(base: base, target: target, source: source, options: options)
        #expect(result.conflictCount == 0, sourceLocation: sourceLocation)
        try assertOutput(result, expected, sourceLocation: sourceLocation)
    }

    private func assertOutput(
        _ result: MergeResult, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        var buffer = ByteBuffer()
        MergeOutput(result).write(to: &buffer)
        #expect(MergeOracle.show(buffer.bytes) == MergeOracle.show(Array(expected.utf8)),
                sourceLocation: sourceLocation)
    }
}
