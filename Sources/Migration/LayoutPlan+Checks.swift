/// What a plan works out after the moves: which moves would overwrite or hide
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
        return conflicts + modulesBesidePackages(moves, allPaths: allPaths) + caseClashes(moves, allPaths: allPaths)
    }

    /// Paths (files or folders) that differ only in ASCII case once the moves are done,
    /// where a move brought at least one of them there.
    static func caseClashes(_ moves: [PathMove], allPaths: [String]) -> [LayoutConflict] {
        let after = pathsAfter(moves, allPaths: allPaths)
        var names = after
        for path in after { names.formUnion(ancestors(of: path)) }
        let moved = Set(moves.map(\.to).flatMap { [$0] + ancestors(of: $0) })
        let groups = Dictionary(grouping: names) { name in
            String(decoding: name.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        return groups.values.filter { $0.count > 1 && $0.contains(where: moved.contains) }
            .map { LayoutConflict.caseClash(paths: $0.sorted()) }
            .sorted { $0.description < $1.description }
    }

    /// Modules that a move puts beside a folder of the same name, or folders a move
    /// fills beside a module of the same name.
    static func modulesBesidePackages(_ moves: [PathMove], allPaths: [String]) -> [LayoutConflict] {
        let after = pathsAfter(moves, allPaths: allPaths)
        var folders = Set<String>()
        for path in after { folders.formUnion(ancestors(of: path)) }
        var found: [LayoutConflict] = []
        func add(_ conflict: LayoutConflict) { if !found.contains(conflict) { found.append(conflict) } }
        let before = Set(allPaths)
        for move in moves {
            // A module named as the new folder is hidden by it, or (matched by the glob
            // itself) would make the folder's own name ambiguous: spec case 37 says ask.
            for folder in ancestors(of: move.to) where after.contains(folder + ".py") || before.contains(folder + ".py") {
                add(.moduleBesidePackage(module: folder + ".py", package: folder))
            }
            if move.to.hasSuffix(".py"), case let stem = String(move.to.dropLast(3)), folders.contains(stem) {
                add(.moduleBesidePackage(module: move.to, package: stem))
            }
        }
        return found
    }

    /// Every path of the tree once the moves are done.
    static func pathsAfter(_ moves: [PathMove], allPaths: [String]) -> Set<String> {
        let movedAway = Set(moves.map(\.from))
        return Set(allPaths.filter { !movedAway.contains($0) } + moves.map(\.to))
    }

    /// The folders that hold `path`, innermost last: `a/b/c.py` → `a`, `a/b`.
    static func ancestors(of path: String) -> [String] {
        let names = path.split(separator: "/").dropLast()
        return names.indices.map { names[...$0].joined(separator: "/") }
    }

    /// The `__init__.py` of every folder a rule creates (its folder and that folder's
    /// parents that do not exist yet) on the way to a moved Python file, unless one is
    /// there after the moves.
    ///
    /// Folders that came along inside a moved folder keep what they had: a namespace
    /// package stays one.
    static func newInitFiles(_ moves: [PathMove], allPaths: [String]) -> [String] {
        var existingFolders = Set<String>()
        for path in allPaths { existingFolders.formUnion(ancestors(of: path)) }
        let after = pathsAfter(moves, allPaths: allPaths)
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
