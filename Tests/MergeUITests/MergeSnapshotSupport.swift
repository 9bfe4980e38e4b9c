import MergeUI

/// One character per style role in the merge view's style snapshots.
enum MergeStyleLegend {
    static func character(_ style: CellStyle) -> Character {
        let base: Character
        switch style.role {
        case .text: base = "."
        case .lineNumber: base = "n"
        case .border: base = "|"
        case .title: base = "T"
        case .dim: base = "d"
        case .conflictTarget: base = "t"
        case .conflictSource: base = "s"
        case .conflictBase: base = "b"
        case .diffChangedWord: base = "W"
        case .diffFiller: base = "~"
        case .conflictCurrent: base = "C"
        case .conflictUnresolved: base = "U"
        case .conflictResolved: base = "R"
        case .hunkAutoMerged: base = "A"
        case .indentWarning: base = "I"
        default: base = "?"
        }
        // Selected cells (the current hunk's result lines) in lower case where a letter allows.
        return style.isSelected ? Character(base.lowercased()) == base ? "*" : Character(base.lowercased()) : base
    }
}
