import DiffCore

/// Finds hunks whose sides differ only in indentation: the same lines, but some start
/// with other leading spaces or tabs. In Python that changes which block a line
/// belongs to, so the merge view marks such a hunk instead of letting it pass as
/// "whitespace only".
enum MergeIndentCheck {
    /// Whether lines `first` of `one` and lines `second` of `other` are as many, equal
    /// once their leading spaces and tabs are dropped, and not all equal as they are.
    /// - Complexity: O(bytes of the lines).
    static func differsOnlyInIndentation(_ one: LineText, _ first: Range<Int>, _ other: LineText, _ second: Range<Int>) -> Bool {
        guard first.count == second.count, !first.isEmpty else { return false }
        var differs = false
        for (left, right) in zip(first, second) {
            let a = one.line(left), b = other.line(right)
            if a.elementsEqual(b) { continue }
            guard dropIndentation(a).elementsEqual(dropIndentation(b)) else { return false }
            differs = true
        }
        return differs
    }

    private static func dropIndentation(_ line: Slice<TextBytes>) -> Slice<TextBytes> {
        line.drop { $0 == 0x20 || $0 == 0x09 }
    }
}
