/// One difference between two texts: the lines `old` of the old text are replaced by
/// the lines `new` of the new text. One of the ranges may be empty (a pure insertion
/// or deletion), never both.
public struct Change: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Line indices in the old text (deleted lines).
    public var old: Range<Int>
    /// Line indices in the new text (inserted lines).
    public var new: Range<Int>

    public init(old: Range<Int>, new: Range<Int>) {
        self.old = old
        self.new = new
    }

    /// Lines deleted plus lines inserted.
    public var editCount: Int { old.count + new.count }

    public var description: String { "\(old.lowerBound)+\(old.count) → \(new.lowerBound)+\(new.count)" }
}

extension Array where Element == Change {
    /// Lines deleted plus lines inserted, over all changes.
    public var editCount: Int { reduce(0) { $0 + $1.editCount } }
}

/// How a diff is computed.
public struct DiffOptions: Equatable, Sendable {
    /// Turns every shortcut off: the result has the fewest inserted plus deleted lines
    /// possible, whatever it costs (as GNU `diff --minimal`).
    public var minimal: Bool
    /// Whether large searches may use a second thread. The result is the same either way.
    public var concurrency: Concurrency

    public init(minimal: Bool = false, concurrency: Concurrency = .sequential) {
        self.minimal = minimal
        self.concurrency = concurrency
    }

    /// Options are equal when they ask for the same result; how it is computed is not
    /// part of that.
    public static func == (lhs: DiffOptions, rhs: DiffOptions) -> Bool {
        lhs.minimal == rhs.minimal
    }
}
