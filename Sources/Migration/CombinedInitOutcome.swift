/// A combined `__init__.py` under the session's decisions: each conflict block the
/// combiner wrote in git's marker form replaced by the side (or sides, or edit) chosen.
struct CombinedInitOutcome {
    let file: InitFileCombination
    let session: Session
    let unresolved: OutcomeOptions.Unresolved
    /// The names whose conflict is left undecided.
    private(set) var undecidedNames: [String] = []

    init(file: InitFileCombination, session: Session, unresolved: OutcomeOptions.Unresolved) {
        self.file = file
        self.session = session
        self.unresolved = unresolved
    }

    mutating func bytes() -> [UInt8] {
        let bytes = file.combination.bytes
        let blocks = MarkerBlock.all(in: bytes)
        guard blocks.count == file.hunks.count else {
            // The combiner wrote markers it does not report (it never should): leave all as they are.
            undecidedNames = file.combination.conflicts.map(\.name)
            return bytes
        }
        var result: [UInt8] = []
        var offset = 0
        for (index, block) in blocks.enumerated() {
            result += bytes[offset..<block.whole.lowerBound]
            offset = block.whole.upperBound
            let target = Array(bytes[block.target]), source = Array(bytes[block.source])
            switch session.decision(for: file.hunks[index]) {
            case .target?: result += target
            case .source?: result += source
            case .base?: break
            case .targetThenSource?: result += target + source
            case .sourceThenTarget?: result += source + target
            case .edited(let edit)?: result += edit
            case nil:
                switch unresolved {
                case .undecided:
                    undecidedNames.append(file.combination.conflicts[index].name)
                    result += bytes[block.whole]
                case .markers: result += bytes[block.whole]
                case .target: result += target
                case .source: result += source
                case .union: result += target + source
                }
            }
        }
        return result + bytes[offset...]
    }
}

/// One conflict in git's marker form (`<<<<<<<`, optional `|||||||`, `=======`,
/// `>>>>>>>`, each at the start of a line) found in a text: byte ranges of the whole
/// block and of each side's lines.
struct MarkerBlock {
    let whole: Range<Int>
    let target: Range<Int>
    let source: Range<Int>

    static func all(in bytes: [UInt8]) -> [MarkerBlock] {
        var blocks: [MarkerBlock] = []
        var lineStart = 0
        var open: Int? = nil, targetEnd: Int? = nil, sourceStart: Int? = nil, targetStart = 0
        while lineStart < bytes.count {
            let lineEnd = (bytes[lineStart...].firstIndex(of: 0x0A).map { $0 + 1 }) ?? bytes.count
            let line = bytes[lineStart..<lineEnd]
            if starts(line, 0x3C) {
                open = lineStart; targetStart = lineEnd; targetEnd = nil; sourceStart = nil
            } else if open != nil, targetEnd == nil, starts(line, 0x7C) {
                targetEnd = lineStart
            } else if open != nil, sourceStart == nil, starts(line, 0x3D) {
                if targetEnd == nil { targetEnd = lineStart }
                sourceStart = lineEnd
            } else if let start = open, let targetEnd, let sourceStart, starts(line, 0x3E) {
                blocks.append(MarkerBlock(whole: start..<lineEnd, target: targetStart..<targetEnd, source: sourceStart..<lineStart))
                open = nil
            }
            lineStart = lineEnd
        }
        return blocks
    }

    /// Whether `line` is a marker of seven `character`s, alone or followed by a space
    /// or its line end.
    private static func starts(_ line: ArraySlice<UInt8>, _ character: UInt8) -> Bool {
        guard line.count >= 7, line.prefix(7).allSatisfy({ $0 == character }) else { return false }
        let next = line.dropFirst(7).first
        return next == nil || next == 0x20 || next == 0x0A || next == 0x0D
    }
}
