/// One name listed in `__all__`, with the bytes of its string literal.
public struct ExportEntry: Hashable, Sendable {
    public var name: String
    /// The whole literal, prefix and quotes included.
    public var range: Range<Int>
    /// The name's bytes inside the quotes.
    public var contentRange: Range<Int>

    public init(name: String, range: Range<Int>, contentRange: Range<Int>) {
        self.name = name
        self.range = range
        self.contentRange = contentRange
    }
}
