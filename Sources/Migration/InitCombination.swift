/// The combined `__init__.py` of a target and a source version, ready for review.
public struct InitCombination: Hashable, Sendable {
    /// The combined file: the target's bytes (line ends, BOM, indentation kept) with the
    /// source's extra imports, `__all__` entries and statements added, and conflict
    /// regions in git's marker form.
    public var bytes: [UInt8]
    /// One per name bound differently on the two sides, in the order of the file.
    public var conflicts: [ExportConflict]
    /// What the user should check: source statements added at the end, a dynamic
    /// `__all__`, a dropped docstring, changes taken from the source because of the base.
    public var notes: [String]

    public init(bytes: [UInt8], conflicts: [ExportConflict], notes: [String]) {
        self.bytes = bytes
        self.conflicts = conflicts
        self.notes = notes
    }

    /// The combined file is clean Python: nothing is left for the user to decide.
    public var isClean: Bool { conflicts.isEmpty }
}
