/// The dots of a relative import (`from ..pkg import x`): how many, and their bytes.
/// Dots may be written apart (`from . . import x` is valid), so `range` runs from the
/// first dot to the last.
public struct RelativeDots: Hashable, Sendable {
    /// The number of dots: 1 is the importing module's own package.
    public var level: Int
    public var range: Range<Int>

    public init(level: Int, range: Range<Int>) {
        self.level = level
        self.range = range
    }
}
