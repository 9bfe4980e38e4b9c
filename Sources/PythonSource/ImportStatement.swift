/// An `import` or `from … import` statement at any depth, with the exact bytes of each
/// part, so a rewrite can change one module path and keep everything else byte for byte.
public struct ImportStatement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `import a.b.c as x, d`
        case `import`
        /// `from ..pkg.mod import x as y, z`
        case from
    }

    public var kind: Kind
    /// From the first keyword (`lazy`, `from`, `import`) through the last name or `)`.
    public var range: Range<Int>
    /// The line (from 1) of the first keyword.
    public var line: Int
    public var scope: StatementScope
    /// Blocks around the statement (`if TYPE_CHECKING:`, `try:`, `def`); 0 at top level.
    public var depth: Int
    /// Written with the PEP 810 soft keyword `lazy`.
    public var isLazy: Bool
    /// The dots of a relative `from` import.
    public var relativeDots: RelativeDots?
    /// The module after `from`; nil for `from . import x`, and for `import` statements.
    public var module: DottedName?
    /// The modules of an `import`, or the names of a `from` import (empty for `*`).
    public var names: [ImportedName]
    /// The `*` of `from m import *`.
    public var star: Range<Int>?
    /// The parentheses around a `from` import's names, both included.
    public var parentheses: Range<Int>?
    /// What is malformed, when the statement could only be read in part.
    public var problem: SourceProblem?

    /// The relative level: 0 for an absolute import.
    public var level: Int { relativeDots?.level ?? 0 }

    public var isRelative: Bool { level > 0 }

    public var isTopLevel: Bool { depth == 0 }

    /// The names this statement binds where it runs (none for a star import).
    public var boundNames: [String] { names.map(\.boundName) }

    /// The module as written after `from`, dots included, without spaces (`..pkg.mod`).
    public var fromText: String {
        String(repeating: ".", count: level) + (module?.text ?? "")
    }
}
