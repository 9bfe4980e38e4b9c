/// What a proposal rewrites, which decides whether it is offered by default
/// (DESIGN step 5: code, strings in code, config, docs, and findings not safe to edit).
public enum ProposalKind: String, Hashable, Sendable, CaseIterable {
    /// An import statement or a dotted use of a module in code.
    case code
    /// A string literal in Python code that names a module (`mock.patch("…")`).
    case codeString = "code-string"
    /// A fully qualified path in a non-Python file (TOML, YAML, INI, Dockerfile, CI).
    case config
    /// Prose: Markdown, RST, comments and docstrings; only when the user asks.
    case docs
    /// Found, but not safe to edit: reported with a reason, never written.
    case flag

    /// Accepted unless the user rejects it: code, strings and config; docs start off,
    /// and a flag has no edit to accept.
    public var defaultChoice: ProposalDefault {
        switch self {
        case .code, .codeString, .config: .accept
        case .docs: .off
        case .flag: .noEdit
        }
    }
}
