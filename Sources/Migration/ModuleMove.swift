import PythonSource

/// One module or package that changes its dotted name: `old` and everything below it
/// now lives under `new` (`backtester_v2.market_regime` → `backtester_v2.strategies.market_regime`).
public struct ModuleMove: Hashable, Sendable, CustomStringConvertible {
    public var old: ModuleName
    public var new: ModuleName

    public init(old: ModuleName, new: ModuleName) {
        self.old = old
        self.new = new
    }

    public var description: String { "\(old) → \(new)" }
}

/// Several moves applied together, the most specific first: a layout rule that moves
/// `market_regime.comprehensive_greeks` into `comprehensive_modules` wins over the move
/// of the whole `market_regime` package (DESIGN: "longest prefix first").
public struct ModuleMoves: Sendable {
    /// The moves, longest `old` first; ties keep the order given.
    public let moves: [ModuleMove]

    public init(_ moves: [ModuleMove]) {
        self.moves = moves.enumerated()
            .sorted { ($0.element.old.parts.count, -$0.offset) > ($1.element.old.parts.count, -$1.offset) }
            .map(\.element)
    }

    /// Where `name` lives after the moves, or nil when no move touches it.
    public func mapped(_ name: ModuleName) -> ModuleName? {
        for move in moves {
            if let moved = name.replacingPrefix(move.old, with: move.new) { return moved }
        }
        return nil
    }

    /// `name` after the moves, or `name` itself when none touches it.
    public func resolved(_ name: ModuleName) -> ModuleName { mapped(name) ?? name }
}
