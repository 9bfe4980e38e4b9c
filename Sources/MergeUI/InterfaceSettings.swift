import Migration

/// What the interface starts with, from the user's config folder and the command
/// line: the theme, the key map, and whether deciding a hunk moves on to the next
/// unresolved conflict.
public struct InterfaceSettings: Sendable {
    /// The theme at full colour; the terminal backend steps it to the depth it finds
    /// (`Theme.stepped(to:)` with `ColorDepth.detect(environment:colors:)`).
    public var theme: Theme
    public var keyMap: KeyMap
    public var autoAdvance: Bool

    public init(theme: Theme = .builtIn, keyMap: KeyMap = .defaults, autoAdvance: Bool = true) {
        self.theme = theme
        self.keyMap = keyMap
        self.autoAdvance = autoAdvance
    }

    /// The folder of the user's settings (DESIGN, "Where things live"):
    /// `$XDG_CONFIG_HOME/converge` when that is an absolute path (the XDG rule),
    /// else `$HOME/.config/converge`; nil when neither is set.
    public static func configFolder(environment: [String: String]) -> String? {
        if let configHome = environment["XDG_CONFIG_HOME"], configHome.hasPrefix("/") {
            return configHome.trimmingSlashes + "/converge"
        }
        if let home = environment["HOME"], !home.isEmpty {
            return home.trimmingSlashes + "/.config/converge"
        }
        return nil
    }

    /// Reads the settings and returns them with a warning for everything that went
    /// wrong; it never fails, because a broken settings file must not keep anyone
    /// from their merge: each broken file falls back on its own default.
    ///
    /// - `configHome`: the folder that holds converge's settings; nil means
    ///   `configFolder(environment:)`. In it, all optional: `config.toml`
    ///   (`InterfaceConfig`), `keys.toml` (`KeyMap.parse(text:path:)`), `themes/NAME.toml`.
    /// - `themeOption`: `--theme NAME|PATH`; it wins over `config.toml`'s `theme`, which
    ///   wins over `default`. A name is looked up in `themes/` and then among the shipped
    ///   themes; a path in `config.toml` may start with `~/` or be relative to the folder.
    /// - `files`: how files are read (`.disk`, or `.memory([...])` in tests).
    ///
    /// Warnings read `path:line: what; using …` and are meant to be printed as they are
    /// (before the interface starts, or in its status line).
    public static func load(configHome: String? = nil, environment: [String: String], themeOption: String?,
                            files: InterfaceConfigFiles = .disk) -> (settings: InterfaceSettings, warnings: [String]) {
        var warnings: [String] = []
        let folder = configHome ?? configFolder(environment: environment)
        var config = InterfaceConfig()
        var keyMap = KeyMap.defaults
        if let folder {
            config = read(folder + "/" + InterfaceConfig.fileName, files, &warnings, fallback: "the default settings",
                          InterfaceConfig(), parse: InterfaceConfig.parse(text:path:))
            keyMap = read(folder + "/keys.toml", files, &warnings, fallback: "the default keys",
                          KeyMap.defaults, parse: KeyMap.parse(text:path:))
        }
        var choice = "default"
        if let option = themeOption {
            choice = option
        } else if let configured = config.theme {
            choice = resolve(configured, folder: folder, home: environment["HOME"])
        }
        let (theme, themeWarnings) = ThemeLoader.load(choice, themesFolder: folder.map { $0 + "/themes" }, files: files)
        warnings += themeWarnings
        return (InterfaceSettings(theme: theme, keyMap: keyMap, autoAdvance: config.autoAdvance ?? true), warnings)
    }

    /// One optional settings file: its value, or `fallback` with a warning when it is broken.
    private static func read<Value>(_ path: String, _ files: InterfaceConfigFiles, _ warnings: inout [String],
                                    fallback name: String, _ fallback: Value,
                                    parse: (String, String) throws(TOMLDocumentError) -> Value) -> Value {
        switch files.read(path) {
        case .missing: return fallback
        case .unreadable(let reason):
            warnings.append("\(path): cannot read: \(reason); using \(name)")
            return fallback
        case .text(let text):
            do {
                return try parse(text, path)
            } catch {
                warnings.append("\(error.description); using \(name)")
                return fallback
            }
        }
    }

    /// A theme path written in `config.toml`: `~/` is the home folder, and a relative
    /// path is taken from the config folder (where the file is); a name stays a name.
    private static func resolve(_ choice: String, folder: String?, home: String?) -> String {
        guard choice.contains("/") || choice.hasSuffix(".toml") else { return choice }
        if choice.hasPrefix("~/"), let home { return home.trimmingSlashes + "/" + choice.dropFirst(2) }
        if choice.hasPrefix("/") { return choice }
        return folder.map { $0 + "/" + choice } ?? choice
    }
}

extension String {
    /// The path without trailing slashes, ready for `+ "/name"` (`/` becomes empty).
    fileprivate var trimmingSlashes: String {
        var path = Substring(self)
        while path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
