import Migration

/// One selectable entry of the Imports list: a header row or a proposal.
enum ImportsEntry: Hashable, Sendable {
    /// Every proposal of one kind in all files (the rows above the files): `A`/`R` here
    /// decide the whole kind.
    case everyKind(Int)
    /// A file's header row (index into `ImportsGroups.files`).
    case file(Int)
    /// A kind's header row inside a file.
    case group(file: Int, group: Int)
    /// One proposal (`index` into `plan.proposals`) of a file's kind group.
    case proposal(file: Int, group: Int, index: Int)

    /// The rows it takes: a proposal shows its before line above its after line.
    var height: Int {
        if case .proposal = self { return 2 }
        return 1
    }

    /// Whether `Enter` folds it: a file or a kind in a file.
    var isFoldable: Bool {
        switch self {
        case .file, .group: true
        case .everyKind, .proposal: false
        }
    }

    /// The proposals (indices into `plan.proposals`) that `A`/`R` decide on this entry:
    /// its own group, or for a proposal the kind group it is in.
    func groupProposals(in groups: ImportsGroups) -> [Int] {
        switch self {
        case .everyKind(let kind): groups.kinds[kind].proposals
        case .file(let file): groups.files[file].proposals
        case .group(let file, let group), .proposal(let file, let group, _): groups.files[file].groups[group].proposals
        }
    }

    /// How the status line names the group `A`/`R` decide on this entry.
    func groupName(in groups: ImportsGroups) -> String {
        switch self {
        case .everyKind(let kind): "every \(groups.kinds[kind].kind.rawValue) proposal"
        case .file(let file): groups.files[file].path
        case .group(let file, let group), .proposal(let file, let group, _):
            "\(groups.files[file].groups[group].kind.rawValue) in \(groups.files[file].path)"
        }
    }
}
