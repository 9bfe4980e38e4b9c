import PythonSource

/// Two rounds of moves as one: the rewrite planner resolves each import in the old
/// layout and maps it once, so a layout rule (written in the target's names) must also
/// be said in the source's names.
extension ModuleMoves {
    /// Moves that do what `self` does and then what `later` does, where `later` speaks
    /// of the names `self` produces: with `self` = `mr` → `strategies.mr` and `later` =
    /// `strategies.mr.greeks` → `strategies.mr.modules.greeks`, `mr.greeks.delta` maps to
    /// `strategies.mr.modules.greeks.delta`, and the target's own `strategies.mr.greeks`
    /// maps as `later` says.
    ///
    /// Each move of `self` ends where `later` sends its `new`; each move of `later` is
    /// kept, and also said in the old names of every move of `self` whose `new` encloses it.
    /// - Complexity: O(|self| · |later|) prefix comparisons.
    public func followed(by later: ModuleMoves) -> ModuleMoves {
        var combined: [ModuleMove] = []
        var seen = Set<ModuleMove>()
        func add(_ move: ModuleMove) {
            if move.old != move.new, seen.insert(move).inserted { combined.append(move) }
        }
        for move in moves { add(ModuleMove(old: move.old, new: later.resolved(move.new))) }
        for move in later.moves {
            add(move)
            for first in moves {
                if let old = move.old.replacingPrefix(first.new, with: first.old) { add(ModuleMove(old: old, new: move.new)) }
            }
        }
        return ModuleMoves(combined)
    }
}
