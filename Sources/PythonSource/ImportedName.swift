/// One entry of an import statement: a module in `import a.b as c`, or a name in
/// `from m import x as y` (then a one-part dotted name).
public struct ImportedName: Hashable, Sendable {
    public var name: DottedName
    /// The name after `as`, if any.
    public var alias: Identifier?

    public init(name: DottedName, alias: Identifier? = nil) {
        self.name = name
        self.alias = alias
    }

    /// From the name through the alias.
    public var range: Range<Int> { name.range.lowerBound..<(alias?.range.upperBound ?? name.range.upperBound) }

    /// The name the entry binds: the alias, or for `import a.b.c` the first part `a`.
    public var boundName: String { alias?.text ?? name.parts[0].text }
}
