import PythonSource

/// The changes the combiner makes to the target's bytes: replacements of whole units
/// (a conflict region, a binding taken from the source) and insertions, applied in one
/// pass so that every offset refers to the target as given.
struct InitCombinerEdits: Sendable {
    private struct Edit: Sendable {
        var range: Range<Int>
        var bytes: [UInt8]
        /// The insertion starts a line: a line end is added first if the text before
        /// it lacks one (a target without a final line end).
        var startsLine: Bool
        var conflicts: [ExportConflict]
        var order: Int
    }

    private var edits: [Edit] = []

    /// Replaces `range` of the target; `conflicts` get the line of the replacement.
    mutating func replace(_ range: Range<Int>, with bytes: [UInt8], startsLine: Bool = true,
                          conflicts: [ExportConflict] = []) {
        edits.append(Edit(range: range, bytes: bytes, startsLine: startsLine, conflicts: conflicts, order: edits.count))
    }

    /// Inserts `bytes` at `offset`; insertions at one offset keep the order they were made.
    mutating func insert(_ bytes: [UInt8], at offset: Int, startsLine: Bool = true) {
        edits.append(Edit(range: offset..<offset, bytes: bytes, startsLine: startsLine, conflicts: [], order: edits.count))
    }

    /// The target with every edit applied, and the conflicts with their output lines.
    ///
    /// Invariant: replacements do not overlap; an insertion at the start of a replaced
    /// range comes before the replacement.
    func apply(to target: [UInt8], ending: [UInt8]) -> (bytes: [UInt8], conflicts: [ExportConflict]) {
        let ordered = edits.sorted {
            ($0.range.lowerBound, $0.range.isEmpty ? 0 : 1, $0.order) < ($1.range.lowerBound, $1.range.isEmpty ? 0 : 1, $1.order)
        }
        var output: [UInt8] = []
        var placed: [(offset: Int, conflict: ExportConflict)] = []
        var cursor = 0
        for edit in ordered where edit.range.lowerBound >= cursor {
            output += target[cursor..<edit.range.lowerBound]
            if edit.startsLine && !output.isEmpty && output != [0xEF, 0xBB, 0xBF] && !InitCombinerText.endsWithLineEnd(output) {
                output += ending
            }
            placed += edit.conflicts.map { (output.count, $0) }
            output += edit.bytes
            cursor = edit.range.upperBound
        }
        output += target[cursor...]
        let lines = SourceLines(output)
        let conflicts = placed.map { offset, conflict in
            var conflict = conflict
            conflict.line = lines.line(containing: offset)
            return conflict
        }
        return (output, conflicts)
    }
}
