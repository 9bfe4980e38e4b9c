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
        let blocks = ConflictMarkerFinder.blocks(in: bytes)
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
