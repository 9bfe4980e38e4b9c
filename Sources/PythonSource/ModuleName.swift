/// An absolute dotted module name such as `backtester_v2.market_regime.detector`,
/// kept as its parts so that prefixes are compared at part boundaries:
/// `backtester_v2.market_regime` is a prefix of `backtester_v2.market_regime.utils` but
/// not of `backtester_v2.market_regime_legacy`.
public struct ModuleName: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The parts; empty only for the unnamed root above every top-level package.
    public var parts: [String]

    public init(parts: [String]) { self.parts = parts }

    /// Splits `dotted` at its dots; the empty string gives the empty name.
    public init(_ dotted: String) {
        parts = dotted.isEmpty ? [] : dotted.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var description: String { parts.joined(separator: ".") }

    public var isEmpty: Bool { parts.isEmpty }

    /// The package that contains this module; nil for a top-level name.
    public var parent: ModuleName? {
        parts.count > 1 ? ModuleName(parts: Array(parts.dropLast())) : nil
    }

    /// The last part: the name a parent package knows this module by.
    public var lastPart: String? { parts.last }

    /// Whether `prefix` is this name or one of its enclosing packages.
    public func hasPrefix(_ prefix: ModuleName) -> Bool {
        prefix.parts.count <= parts.count && parts.starts(with: prefix.parts)
    }

    /// This name with the leading `old` replaced by `new`, or nil when `old` is not a
    /// prefix at part boundaries.
    public func replacingPrefix(_ old: ModuleName, with new: ModuleName) -> ModuleName? {
        guard hasPrefix(old) else { return nil }
        return ModuleName(parts: new.parts + parts.dropFirst(old.parts.count))
    }

    /// This name followed by the parts of `child`.
    public func appending(_ child: ModuleName) -> ModuleName { ModuleName(parts: parts + child.parts) }

    public static func < (left: ModuleName, right: ModuleName) -> Bool {
        left.parts.lexicographicallyPrecedes(right.parts)
    }
}
