import DiffCore

extension Concurrency {
    /// `transform` of every item, in order: even positions on one side, odd on the
    /// other, so two halves get a similar mix of large and small files.
    func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
    ) -> [Result] {
        guard isParallel, items.count > 1 else { return items.map(transform) }
        let even = ResultSlot<[Result]>(), odd = ResultSlot<[Result]>()
        both({ even.value = stride(from: 0, to: items.count, by: 2).map { transform(items[$0]) } },
             { odd.value = stride(from: 1, to: items.count, by: 2).map { transform(items[$0]) } })
        var results: [Result] = []
        results.reserveCapacity(items.count)
        for index in items.indices { results.append(index % 2 == 0 ? even.value![index / 2] : odd.value![index / 2]) }
        return results
    }
}

/// Where one side of `both` leaves its result: written by that side only, read only
/// after `both` has returned, when both sides have finished.
private final class ResultSlot<Value>: @unchecked Sendable {
    var value: Value?
}
