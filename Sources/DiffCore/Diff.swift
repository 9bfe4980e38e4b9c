/// Two-way line diff: the public entry points.
///
/// The pipeline:
/// 1. equal leading and trailing lines are set aside;
/// 2. lines whose content does not occur on the other side at all are marked changed
///    and never enter the search (exact: no edit script can match them);
/// 3. in the default mode, runs of lines unique on both sides split the rest into
///    independent parts (`UniqueAnchors`);
/// 4. each part is solved by `MyersSearch`, which in the default mode gives up early on
///    stretches that barely match and past a hard cost limit; `minimal` turns 3 and
///    these limits off, so the result has the fewest changed lines possible;
/// 5. groups of changed lines slide to a canonical place (`ChangeCompaction`), as git
///    and GNU diff do, so equal inputs give the same hunks as those tools.
public enum Diff {
    /// The changes that turn `old` into `new`, in increasing order.
    public static func changes(
        from old: LineText, to new: LineText, options: DiffOptions = DiffOptions()
    ) throws(DiffCoreError) -> [Change] {
        let interned = try InternedTexts([old, new])
        return changes(old: interned.ids[0], new: interned.ids[1],
                       classCount: interned.classCount, options: options)
    }

    /// The changes between two sequences of line ids from one `InternedTexts`.
    public static func changes(
        old: [Int32], new: [Int32], classCount: Int, options: DiffOptions = DiffOptions()
    ) -> [Change] {
        var marks = ChangeMarks(old: old, new: new, classCount: classCount, options: options)
        marks.compact(old: old, new: new)
        return marks.changes()
    }
}
