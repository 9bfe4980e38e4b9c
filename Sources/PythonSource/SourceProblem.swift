/// Something wrong in the source that the analysis worked around, such as an
/// unterminated string or an unclosed bracket. Analysis never stops at a problem; it
/// reports it with its place so the user can fix the file.
public struct SourceProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, in words a user can act on.
    public var message: String
    /// The byte offset the problem starts at.
    public var offset: Int
    /// The line and column of `offset`.
    public var position: SourcePosition

    public init(message: String, offset: Int, position: SourcePosition) {
        self.message = message
        self.offset = offset
        self.position = position
    }

    public var line: Int { position.line }
    public var column: Int { position.column }

    /// `line:column: message`, ready to follow a path.
    public var description: String { "\(position): \(message)" }
}
