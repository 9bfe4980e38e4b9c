import PythonSource

/// What the layout rules do to one merged tree: the paths that move, the module moves
/// that follow (for the rewrite planner), the `__init__.py` files the new folders need,
/// and the moves that cannot be done.
///
/// Pure: computed from the rules and the list of paths, without reading a file.
public struct LayoutPlan: Sendable {
    /// One path that a rule moves, both ends relative to the package root.
    public struct PathMove: Hashable, Sendable, CustomStringConvertible {
        public var from: String
        public var to: String
        /// The rule that moves it: the first one that matches the path.
        public var rule: LayoutRule

        public var description: String { "\(from) → \(to)" }
    }

    /// Every moved path, in the order the paths were given.
    public let pathMoves: [PathMove]
    /// The modules and packages that change their names, absolute (the package's own
    /// name first), each once, in the order of `pathMoves`. Files that are not Python
    /// move without one; a moved folder gives one move for the whole folder. They speak
    /// of the merged tree's names: put the package move first with
    /// `ModuleMoves.followed(by:)` so that imports of the source's names land there too.
    public let moduleMoves: [ModuleMove]
    /// The `__init__.py` files to create, sorted: one in each folder that the rules
    /// create and that receives Python files (directly or below), parents included,
    /// unless the moved files bring one. Folders that exist already are left as they are.
    public let newInitFiles: [String]
    /// The moves that would overwrite or hide something; empty for a plan that can be applied.
    public let conflicts: [LayoutConflict]
    private let destinations: [String: String]

    /// Applies `rules` (the first that matches a path wins) to `paths`, the relative paths
    /// of the merged tree (target paths and source-only paths), in the package named
    /// `package` (such as `backtester_v2.strategies.market_regime`).
    /// - Complexity: O(paths · rules · depth) glob matches.
    public init(rules: [LayoutRule], paths: some Sequence<String>, package: ModuleName) {
        var moves: [PathMove] = []
        var moduleMoves: [ModuleMove] = []
        var seenModuleMoves = Set<ModuleMove>()
        var allPaths: [String] = []
        for path in paths {
            allPaths.append(path)
            let names = path.split(separator: "/").map(String.init)
            guard let (rule, count) = Self.firstMatch(rules, names) else { continue }
            let destination = rule.destination(of: names, matchedCount: count)
            guard destination != names else { continue }
            moves.append(PathMove(from: path, to: destination.joined(separator: "/"), rule: rule))
            if let move = Self.moduleMove(names, destination, matchedCount: count, package: package),
               seenModuleMoves.insert(move).inserted {
                moduleMoves.append(move)
            }
        }
        pathMoves = moves
        destinations = Dictionary(moves.map { ($0.from, $0.to) }, uniquingKeysWith: { first, _ in first })
        self.moduleMoves = moduleMoves
        conflicts = Self.conflicts(moves, allPaths: allPaths)
        newInitFiles = Self.newInitFiles(moves, allPaths: allPaths)
    }

    /// The moves as the rewrite planner takes them, for code that already uses the
    /// target's names.
    public var moves: ModuleMoves { ModuleMoves(moduleMoves) }

    /// Where `path` ends up: its destination, or `path` itself when no rule moves it.
    public func destination(of path: String) -> String {
        destinations[path] ?? path
    }

    private static func firstMatch(_ rules: [LayoutRule], _ names: [String]) -> (LayoutRule, Int)? {
        for rule in rules {
            if let count = rule.matchedCount(of: names) { return (rule, count) }
        }
        return nil
    }

    /// The module move a path move implies: the moved folder's, or the moved file's when
    /// it is Python; nil when the moved thing has no module name (`notes.md`, `my-tools/`).
    private static func moduleMove(_ names: [String], _ destination: [String], matchedCount count: Int,
                                   package: ModuleName) -> ModuleMove? {
        let isFolder = count < names.count
        let moved = destination.count - (names.count - count)
        let suffix = isFolder ? "/__init__.py" : ""
        guard let old = try? ModuleLocation.moduleName(ofRelativePath: names.prefix(count).joined(separator: "/") + suffix),
              let new = try? ModuleLocation.moduleName(ofRelativePath: destination.prefix(moved).joined(separator: "/") + suffix)
        else { return nil }
        return ModuleMove(old: package.appending(old.name), new: package.appending(new.name))
    }
}
