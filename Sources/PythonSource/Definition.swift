/// A name a module defines at module scope: a function, a class, an assigned name or
/// an imported name, with the bytes of the whole definition.
public struct Definition: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case function
        case asyncFunction
        case `class`
        /// `NAME = …`, `a = b = …`, `a, b = …`, or an annotated `NAME: T = …`.
        case assignment
        /// A name bound by an import statement.
        case `import`
    }

    public var name: String
    public var kind: Kind
    /// The name's bytes where it is bound (for an import, the alias or the module).
    public var nameRange: Range<Int>
    /// The whole definition: decorators included, through the last statement of its
    /// block; for an assignment or import, its statement.
    public var range: Range<Int>
    /// The line (from 1) of the name.
    public var line: Int
    /// The physical lines of `range`.
    public var lines: ClosedRange<Int>
    /// Inside an `if`, `try`, `with`, `for` or `while` block rather than at top level.
    public var isConditional: Bool

    public init(name: String, kind: Kind, nameRange: Range<Int>, range: Range<Int>, line: Int,
                lines: ClosedRange<Int>, isConditional: Bool) {
        self.name = name
        self.kind = kind
        self.nameRange = nameRange
        self.range = range
        self.line = line
        self.lines = lines
        self.isConditional = isConditional
    }
}
