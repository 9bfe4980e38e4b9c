import Migration

/// The proposals of one file, split by kind: what the Imports screen lists under the
/// file's header row.
struct ImportsFile: Hashable, Sendable {
    /// Relative to the project root, as the proposals name it.
    let path: String
    /// One group per kind the file has, in `ProposalKind.allCases` order.
    let groups: [ImportsKindGroup]

    /// Every proposal of the file (indices into `plan.proposals`), kind by kind.
    var proposals: [Int] { groups.flatMap(\.proposals) }
}

/// The proposals of one kind in one file, by position (indices into `plan.proposals`).
struct ImportsKindGroup: Hashable, Sendable {
    let kind: ProposalKind
    let proposals: [Int]
}

/// The plan's proposals grouped for the Imports screen: by file (in the plan's order),
/// then by kind; and every kind across all files, for "accept all of a kind".
struct ImportsGroups: Sendable {
    let files: [ImportsFile]
    /// Every proposal of each kind the plan has, in file order, with the number of
    /// files it touches; kinds in `ProposalKind.allCases` order.
    let kinds: [(kind: ProposalKind, proposals: [Int], files: Int)]
    /// The widest line number of any proposal, in digits: the column the rows reserve.
    let lineNumberWidth: Int
    /// Every proposal in list order (file by file, kind by kind).
    let order: [Int]
    /// For each proposal (by index into `plan.proposals`): its place in `order`, its file and its kind group.
    let places: [(position: Int, file: Int, group: Int)]
    let overlaps: ProposalOverlaps

    /// - Complexity: O(P) for P proposals.
    init(proposals: [Proposal]) {
        var paths: [String] = []
        var byPath: [String: [ProposalKind: [Int]]] = [:]
        var widest = 1
        for (index, proposal) in proposals.enumerated() {
            if byPath[proposal.path] == nil { paths.append(proposal.path) }
            byPath[proposal.path, default: [:]][proposal.kind, default: []].append(index)
            widest = max(widest, String(proposal.line).count)
        }
        let files = paths.map { path in
            let kinds = byPath[path] ?? [:]
            return ImportsFile(path: path, groups: ProposalKind.allCases.compactMap { kind in
                kinds[kind].map { ImportsKindGroup(kind: kind, proposals: $0) }
            })
        }
        self.files = files
        kinds = ProposalKind.allCases.compactMap { kind -> (kind: ProposalKind, proposals: [Int], files: Int)? in
            let groups = files.compactMap { file in file.groups.first { $0.kind == kind } }
            guard !groups.isEmpty else { return nil }
            return (kind, groups.flatMap(\.proposals), groups.count)
        }
        lineNumberWidth = widest
        var listOrder: [Int] = []
        var places = Array(repeating: (position: 0, file: 0, group: 0), count: proposals.count)
        for (fileIndex, file) in files.enumerated() {
            for (groupIndex, group) in file.groups.enumerated() {
                for index in group.proposals {
                    places[index] = (listOrder.count, fileIndex, groupIndex)
                    listOrder.append(index)
                }
            }
        }
        self.order = listOrder
        self.places = places
        overlaps = ProposalOverlaps(files: files, proposals: proposals)
    }
}
