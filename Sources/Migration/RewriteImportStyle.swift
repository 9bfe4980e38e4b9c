/// How rewritten relative imports are spelled (spec case 31).
///
/// By default each import keeps its style, and converting an escaping relative import
/// to absolute is offered as a separate group that starts off: relative imports work
/// only within one package tree, so some users prefer absolute ones once code moves.
/// A configured ruff TID252 turns the group on for every rewrite it would ban, so the
/// move never writes an import the project's linter rejects.
public struct RewriteImportStyle: Hashable, Sendable {
    /// ruff's `ban-relative-imports` setting for TID252.
    public enum Ban: String, Hashable, Sendable {
        /// Relative imports that climb to a parent (two dots or more) are banned.
        case parents
        /// Every relative import is banned.
        case all
    }

    /// The reason every proposal of the optional group carries, so the user can
    /// accept or reject the group as one.
    public static let groupReason = "style: convert escaping relative import to absolute"

    /// Whether the user asked for the group (`converge move --absolute-imports`).
    public var acceptsAbsolute: Bool
    /// The project's TID252 ban, nil when the rule is not selected.
    public var ban: Ban?

    public init(acceptsAbsolute: Bool = false, ban: Ban? = nil) {
        self.acceptsAbsolute = acceptsAbsolute
        self.ban = ban
    }

    /// Whether a relative spelling (`...core.engine`) would break the ban; an absolute
    /// spelling never does.
    func bans(_ spelling: String) -> Bool {
        let dots = spelling.prefix { $0 == "." }.count
        switch ban {
        case nil: return false
        case .all: return dots > 0
        case .parents: return dots > 1
        }
    }

    /// Whether the absolute spelling replaces the relative one by default.
    func writesAbsolute(_ spelling: String) -> Bool { acceptsAbsolute || bans(spelling) }
}
