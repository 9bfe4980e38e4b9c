/// The two things a plan works out after the moves: which moves would overwrite
/// something, and which new folders need an `__init__.py`.
extension LayoutPlan {
    /// Destinations that two moves share, then destinations taken by a path that stays.
    static func conflicts(_ moves: [PathMove], allPaths: [String]) -> [LayoutConflict] {
        var sources: [String: [String]] = [:]
        var order: [String] = []
        for move in moves {
            if sources[move.to] == nil { order.append(move.to) }
            sources[move.to, default: []].append(move.from)
        }
        let movedAway = Set(moves.map(\.from))
        let existing = Set(allPaths)
        var conflicts: [LayoutConflict] = []
        for destination in order {
            let from = sources[destination] ?? []
            if from.count > 1 {
                conflicts.append(.sameDestination(destination: destination, from: from))
            } else if existing.contains(destination) && !movedAway.contains(destination) {
                conflicts.append(.destinationExists(destination: destination, from: from[0]))
            }
        }
        return conflicts
    }

    /// The `__init__.py` of every folder a rule creates (its folder and that folder's
    /// parents that do not exist yet) on the way to a moved Python file, unless one is
    /// there after the moves.
    ///
    /// Folders that came along inside a moved folder keep what they had: a namespace
    /// package stays one.
    static func newInitFiles(_ moves: [PathMove], allPaths: [String]) -> [String] {
        var existingFolders = Set<String>()
        for path in allPaths {
            var names = path.split(separator: "/").dropLast()
            while !names.isEmpty, existingFolders.insert(names.joined(separator: "/")).inserted { names.removeLast() }
        }
        let movedAway = Set(moves.map(\.from))
        let after = Set(allPaths.filter { !movedAway.contains($0) } + moves.map(\.to))
        var inits = Set<String>()
        for move in moves where move.to.hasSuffix(".py") || move.to.hasSuffix(".pyi") {
            for count in move.rule.folderParts.indices.map({ $0 + 1 }) {
                let folder = move.rule.folderParts.prefix(count).joined(separator: "/")
                let initFile = folder + "/__init__.py"
                if !existingFolders.contains(folder) && !after.contains(initFile) { inits.insert(initFile) }
            }
        }
        return inits.sorted()
    }
}
