/// Writes the synthetic two-way pairs of PEERS.md (`scatter1`, `block10`, `different`,
/// `disjoint`) in one streaming pass each: every base line goes to `a` and, unless edited,
/// to `b`, so neither file is ever held in memory.
enum SyntheticScenarios {
    /// ~1 % of lines get single-line edits: replace 50 %, insert 25 %, delete 25 %.
    static func writeScatter(lines: Int, a: InputFileWriter, b: InputFileWriter) throws {
        var base = SyntheticCode(seed: Xoshiro256.seed(label: "scatter1-base", lines))
        var edits = Xoshiro256(label: "scatter1-edits", lines)
        var fresh = SyntheticCode(seed: edits.seed())
        var line: [UInt8] = [], other: [UInt8] = []
        for _ in 0..<lines {
            base.nextLine(into: &line)
            try a.writeLine(line)
            guard edits.chance(0.01) else {
                try b.writeLine(line)
                continue
            }
            let kind = edits.int(in: 0...3)
            if kind == 3 { continue }  // delete
            fresh.nextDifferentLine(from: line, into: &other)
            try b.writeLine(other)
            if kind == 2 { try b.writeLine(line) }  // insert before the base line
        }
    }

    /// Length of a `block10` block (27.5 on average), and the chance per base line that one
    /// starts: about 10 % of the lines are edited, scaled by 1.2 so that the minimal edit count
    /// lands near PEERS.md's (14,532 at 100k lines).
    private static let blockLengths = 5...50
    private static let blockStartChance = 0.10 / 27.5 * 1.2

    /// ~10 % of lines edited in blocks of 5–50 lines: replace, insert or delete a block.
    static func writeBlocks(lines: Int, a: InputFileWriter, b: InputFileWriter) throws {
        var base = SyntheticCode(seed: Xoshiro256.seed(label: "block10-base", lines))
        var edits = Xoshiro256(label: "block10-edits", lines)
        var fresh = SyntheticCode(seed: edits.seed())
        var line: [UInt8] = [], other: [UInt8] = []
        while a.lineCount < lines {
            guard edits.chance(blockStartChance) else {
                base.nextLine(into: &line)
                try a.writeLine(line)
                try b.writeLine(line)
                continue
            }
            let length = edits.int(in: blockLengths)
            let kind = edits.int(in: 0...2)  // 0 replace, 1 insert, 2 delete
            for _ in 0..<length {
                if kind != 1, a.lineCount < lines {
                    base.nextLine(into: &line)
                    try a.writeLine(line)
                }
                if kind != 2 {
                    fresh.nextLine(into: &other)
                    try b.writeLine(other)
                }
            }
        }
    }

    /// Two unrelated files from the same distribution: they share only the blank, `}` and
    /// boiler-plate lines, the worst case for a diff. With `disjoint`, each side gets its own
    /// two-byte prefix so that no line at all is shared.
    static func writeUnrelated(lines: Int, disjoint: Bool, a: InputFileWriter, b: InputFileWriter) throws {
        let label = disjoint ? "disjoint" : "different"
        var left = SyntheticCode(seed: Xoshiro256.seed(label: label + "-a", lines), prefix: disjoint ? "a:" : "")
        var right = SyntheticCode(seed: Xoshiro256.seed(label: label + "-b", lines), prefix: disjoint ? "b:" : "")
        var line: [UInt8] = []
        for _ in 0..<lines {
            left.nextLine(into: &line)
            try a.writeLine(line)
            right.nextLine(into: &line)
            try b.writeLine(line)
        }
    }
}

extension SyntheticCode {
    /// The next line that differs from `original`, so that a "replace" edit always changes
    /// something (a blank replaced by a blank would be no edit at all).
    mutating func nextDifferentLine(from original: [UInt8], into line: inout [UInt8]) {
        repeat {
            nextLine(into: &line)
        } while line == original
    }
}
