/// How the diff core may run two independent pieces of work: one after the other, or
/// on two threads.
///
/// DiffCore starts no threads of its own (it uses the standard library only); the
/// command line passes a `Concurrency` that does. Work is split only where the two
/// pieces share nothing they write: the two halves of a large Myers search after its
/// first split, and the two diffs of a three-way merge.
public struct Concurrency: Sendable {
    /// Runs both closures and returns when both have finished.
    public let both: @Sendable (
        _ first: @escaping @Sendable () -> Void, _ second: @escaping @Sendable () -> Void
    ) -> Void
    /// False for `sequential`: the diff core then skips the work of preparing halves.
    public let isParallel: Bool

    public init(
        both: @escaping @Sendable (
            _ first: @escaping @Sendable () -> Void, _ second: @escaping @Sendable () -> Void
        ) -> Void
    ) {
        self.both = both
        self.isParallel = true
    }

    private init() {
        both = { first, second in first(); second() }
        isParallel = false
    }

    /// One thing after the other, on the calling thread.
    public static let sequential = Concurrency()
}

/// Lets a closure that works on memory owned by its caller cross to another thread.
/// Safe only because every use hands disjoint ranges to the two sides and joins before
/// the memory is freed.
struct Unchecked<Value>: @unchecked Sendable {
    var value: Value
}
