/// A name as written in the source: its text and its exact bytes, so a rewrite can
/// replace just those bytes.
public struct Identifier: Hashable, Sendable, CustomStringConvertible {
    public var text: String
    public var range: Range<Int>

    public init(text: String, range: Range<Int>) {
        self.text = text
        self.range = range
    }

    public var description: String { text }
}
