/// Writes changes as a unified diff that `patch` and `git apply` accept.
///
/// Headers are `--- OLD` / `+++ NEW` with the labels given (no timestamps, so output is
/// reproducible); a line without a terminator is followed by `\ No newline at end of
/// file`, exactly as GNU diff and git write it. Line bytes are copied as they are.
public struct UnifiedDiff {
    public var oldLabel: String
    public var newLabel: String
    /// Lines of context around each change.
    public var context: Int

    public init(oldLabel: String, newLabel: String, context: Int = 3) {
        self.oldLabel = oldLabel
        self.newLabel = newLabel
        self.context = context
    }

    /// Writes the diff of `old` to `new` given their `changes`; writes nothing when
    /// there are no changes.
    public func write<Sink: ByteSink>(
        old: LineText, new: LineText, changes: [Change], to sink: inout Sink
    ) {
        guard !changes.isEmpty else { return }
        sink.write("--- \(oldLabel)\n+++ \(newLabel)\n")
        let hunks = Hunk.hunks(for: changes, oldCount: old.count, newCount: new.count, context: context)
        var oldTrimmer = CacheTrimmer(old.bytes), newTrimmer = CacheTrimmer(new.bytes)
        for hunk in hunks {
            oldTrimmer.passed(old.start(ofLine: hunk.old.lowerBound))
            newTrimmer.passed(new.start(ofLine: hunk.new.lowerBound))
            sink.write("@@ -\(Self.range(hunk.old)) +\(Self.range(hunk.new)) @@\n")
            var i = hunk.old.lowerBound
            for change in hunk.changes {
                writeLines(" ", old, i..<change.old.lowerBound, to: &sink)
                writeLines("-", old, change.old, to: &sink)
                writeLines("+", new, change.new, to: &sink)
                i = change.old.upperBound
            }
            writeLines(" ", old, i..<hunk.old.upperBound, to: &sink)
        }
    }

    /// `start,count` as unified diff writes it: `,1` is left out, and an empty range
    /// names the line before it.
    static func range(_ lines: Range<Int>) -> String {
        switch lines.count {
        case 0: return "\(lines.lowerBound),0"
        case 1: return "\(lines.lowerBound + 1)"
        default: return "\(lines.lowerBound + 1),\(lines.count)"
        }
    }

    private func writeLines<Sink: ByteSink>(
        _ prefix: StaticString, _ text: LineText, _ lines: Range<Int>, to sink: inout Sink
    ) {
        guard !lines.isEmpty else { return }
        text.bytes.withUnsafeBytes { raw in
            for line in lines {
                sink.write(UnsafeRawBufferPointer(start: prefix.utf8Start, count: 1))
                let range = text.range(ofLine: line)
                sink.write(UnsafeRawBufferPointer(rebasing: raw[range]))
                if range.isEmpty || raw[range.upperBound - 1] != 0x0A {
                    sink.write("\n\\ No newline at end of file\n")
                }
            }
        }
    }
}

/// Counts of a diff in the form of `git diff --shortstat`.
public struct DiffStat: Equatable, Sendable {
    public var insertions: Int
    public var deletions: Int

    public init(_ changes: [Change]) {
        insertions = changes.reduce(0) { $0 + $1.new.count }
        deletions = changes.reduce(0) { $0 + $1.old.count }
    }

    /// The line `git diff --shortstat` prints for one file (` 1 file changed, 2
    /// insertions(+), 1 deletion(-)`), or nil when nothing changed.
    public var shortStat: String? {
        guard insertions + deletions > 0 else { return nil }
        var line = " 1 file changed"
        if insertions > 0 { line += ", \(insertions) insertion\(insertions == 1 ? "" : "s")(+)" }
        if deletions > 0 { line += ", \(deletions) deletion\(deletions == 1 ? "" : "s")(-)" }
        return line
    }
}
