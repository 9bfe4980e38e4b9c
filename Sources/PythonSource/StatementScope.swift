/// The namespace a statement runs in: what a name it binds becomes.
public enum StatementScope: Hashable, Sendable {
    /// A module global, also inside `if`, `try`, `with`, `for` and `while` blocks.
    case module
    /// A local of a function (or of a method, or of a class nested in a function).
    case function
    /// An attribute of a class.
    case `class`
}
