import Migration

extension TreeView {
    /// The one-character mark of a class, as the tree and the counts line show it.
    static func mark(_ fileClass: FileClass) -> String {
        switch fileClass {
        case .sourceOnly: "A"
        case .conflict: "B"
        case .targetOnly: "C"
        case .same: "="
        case .moved: "M"
        case .excluded: "x"
        }
    }

    /// The role a class's mark is drawn in.
    static func role(_ fileClass: FileClass) -> StyleRole {
        switch fileClass {
        case .sourceOnly: .classSourceOnly
        case .conflict: .classConflict
        case .targetOnly: .classTargetOnly
        case .same: .classSame
        case .moved: .classMoved
        case .excluded: .dim
        }
    }
}
