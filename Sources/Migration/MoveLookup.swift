import PythonSource

/// Finding the move that applies to a name, so a rewrite can replace just the parts
/// the move changes and keep the rest of a dotted name byte for byte.
extension ModuleMoves {
    /// The most specific move whose `old` is `name` or encloses it; nil when none does.
    public func move(containing name: ModuleName) -> ModuleMove? {
        moves.first { name.hasPrefix($0.old) }
    }

    /// The most specific move for the dotted name made of `parts`.
    func move(containingParts parts: [String]) -> ModuleMove? {
        moves.first { $0.old.parts.count <= parts.count && parts.starts(with: $0.old.parts) }
    }
}
