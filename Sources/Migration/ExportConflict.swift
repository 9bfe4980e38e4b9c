/// A name that the target's and the source's `__init__.py` bind to different things.
///
/// Python would let the later binding win silently (spec cases 60, 61, 67), so the
/// combiner never picks one: it writes both between git's conflict markers and reports
/// this value, for the user to choose.
public struct ExportConflict: Hashable, Sendable {
    /// The name bound on both sides (`RegimeDetector`, `__version__`).
    public var name: String
    /// The target's statement, as written in the target.
    public var target: String
    /// The source's binding, as the combined file shows it.
    public var source: String
    /// The line (from 1) of the `<<<<<<< target` marker in the combined file.
    public var line: Int

    public init(name: String, target: String, source: String, line: Int) {
        self.name = name
        self.target = target
        self.source = source
        self.line = line
    }
}
