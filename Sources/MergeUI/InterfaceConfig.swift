import Migration
import TOMLKit

/// `config.toml` in the user's config folder: the interface's own settings, each
/// optional (nil: not set, the default or the command line decides).
///
/// ```toml
/// theme = "solarized-dark"   # a theme's name, or a path to a theme file
/// auto-advance = false        # after a hunk is decided, go to the next unresolved conflict
/// ```
public struct InterfaceConfig: Hashable, Sendable {
    public static let fileName = "config.toml"

    public var theme: String?
    public var autoAdvance: Bool?

    public init(theme: String? = nil, autoAdvance: Bool? = nil) {
        self.theme = theme
        self.autoAdvance = autoAdvance
    }

    /// The settings in `text`; `path` names the file in errors. Throws the mistake that
    /// comes first in the file (an unknown key is one, so a misspelt one is not ignored).
    public static func parse(text: String, path: String) throws(TOMLDocumentError) -> InterfaceConfig {
        let document = try TOMLDocument(text: text, path: path)
        var config = InterfaceConfig()
        var problems: [TOMLDocumentError] = []
        for (key, value) in document.table {
            switch key {
            case "theme":
                if let name = value.string, !name.isEmpty {
                    config.theme = name
                } else {
                    problems.append(document.error(at: [key], "theme must be a theme's name or a path, as a string"))
                }
            case "auto-advance":
                if let flag = value.bool {
                    config.autoAdvance = flag
                } else {
                    problems.append(document.error(at: [key], "auto-advance must be true or false"))
                }
            default:
                problems.append(document.error(at: [key], "unknown setting \"\(key)\" (known: theme, auto-advance)"))
            }
        }
        if let first = problems.firstInFile { throw first }
        return config
    }
}
