/// A dotted name in code (`a.b.c`), part by part. The parts may be separated by
/// whitespace, comments or line continuations (`a . b` is valid Python), so the name's
/// text is built from its parts, and `range` spans from the first part to the last.
public struct DottedName: Hashable, Sendable, CustomStringConvertible {
    /// The parts in order; never empty.
    public var parts: [Identifier]

    public init(parts: [Identifier]) {
        precondition(!parts.isEmpty, "a dotted name has at least one part")
        self.parts = parts
    }

    /// The parts joined with `.`, without any whitespace that was between them.
    public var text: String { parts.map(\.text).joined(separator: ".") }

    /// From the first byte of the first part to the last byte of the last part.
    public var range: Range<Int> { parts[0].range.lowerBound..<parts[parts.count - 1].range.upperBound }

    public var moduleName: ModuleName { ModuleName(parts: parts.map(\.text)) }

    public var description: String { text }
}
