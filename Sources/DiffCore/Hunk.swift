/// A group of changes shown together with lines of context around them.
public struct Hunk: Equatable, Sendable {
    /// Lines of the old text the hunk covers, context included.
    public var old: Range<Int>
    /// Lines of the new text the hunk covers, context included.
    public var new: Range<Int>
    /// The changes inside the hunk, in order.
    public var changes: [Change]

    /// Groups `changes` into hunks with `context` lines around each change; changes
    /// closer than twice the context share a hunk (as `diff -u` and git do).
    public static func hunks(
        for changes: [Change], oldCount: Int, newCount: Int, context: Int
    ) -> [Hunk] {
        var result: [Hunk] = []
        var index = 0
        while index < changes.count {
            var last = index
            while last + 1 < changes.count,
                  changes[last + 1].old.lowerBound - changes[last].old.upperBound <= 2 * context {
                last += 1
            }
            let first = changes[index], final = changes[last]
            let before = min(context, first.old.lowerBound, first.new.lowerBound)
            let after = min(context, oldCount - final.old.upperBound, newCount - final.new.upperBound)
            result.append(Hunk(
                old: (first.old.lowerBound - before)..<(final.old.upperBound + after),
                new: (first.new.lowerBound - before)..<(final.new.upperBound + after),
                changes: Array(changes[index...last])))
            index = last + 1
        }
        return result
    }
}
