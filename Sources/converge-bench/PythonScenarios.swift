/// Writes the inputs built on real Python code: the two-way `python` pair and the
/// `merge-clean` / `merge-conflict` triples. All share the same base text for a given size.
struct PythonScenarios {
    let corpus: PythonCorpus

    /// `a` is the base; `b` edits ~1 % of it in hunks of 1–10 lines.
    func writePair(lines: Int, a: InputFileWriter, b: InputFileWriter) throws {
        let base = corpus.baseLines(lines)
        var random = Xoshiro256(label: "python-edits", lines)
        let hunks = EditPlanner.oneSide(baseCount: base.count, random: &random)
        try writeSide(base: base, hunks: [], to: a)
        try writeSide(base: base, hunks: hunks, to: b)
    }

    /// Base, ours and theirs for a merge; `conflicts` decides whether ~10 % of ours' hunks
    /// are also edited by theirs.
    func writeTriple(lines: Int, conflicts: Bool, base baseFile: InputFileWriter,
                     ours: InputFileWriter, theirs: InputFileWriter) throws {
        let base = corpus.baseLines(lines)
        var random = Xoshiro256(label: conflicts ? "merge-conflict" : "merge-clean", lines)
        let plan = EditPlanner.merge(baseCount: base.count, sharedChance: conflicts ? 0.1 : 0, random: &random)
        try writeSide(base: base, hunks: [], to: baseFile)
        try writeSide(base: base, hunks: plan.ours, to: ours)
        try writeSide(base: base, hunks: plan.theirs, to: theirs)
    }

    /// Copies the base to `file`, applying `hunks` (sorted by start, not overlapping).
    private func writeSide(base: [Int32], hunks: [EditHunk], to file: InputFileWriter) throws {
        var position = 0
        var edited: [UInt8] = []
        for hunk in hunks {
            while position < hunk.start {
                try corpus.withLine(base[position]) { try file.writeLine($0) }
                position += 1
            }
            var random = Xoshiro256(seed: hunk.seed)
            switch hunk.kind {
            case .modify:
                for index in hunk.start..<hunk.end {
                    corpus.withLine(base[index]) {
                        LineMutation.modify($0, tag: hunk.tag, random: &random, into: &edited)
                    }
                    try file.writeLine(edited)
                }
            case .insert:
                let source = random.int(in: 0...(corpus.lineCount - hunk.length))
                for index in source..<(source + hunk.length) {
                    try corpus.withLine(Int32(index)) { try file.writeLine($0) }
                }
            case .delete:
                break
            }
            position = hunk.end
        }
        while position < base.count {
            try corpus.withLine(base[position]) { try file.writeLine($0) }
            position += 1
        }
    }
}
