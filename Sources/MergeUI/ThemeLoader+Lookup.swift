import Migration

extension ThemeLoader {
    /// The names of the themes shipped with converge, sorted.
    public static var shippedNames: [String] { ShippedThemes.files.keys.sorted() }

    /// The theme `choice` names or points to, and what went wrong on the way; the
    /// built-in default (`Theme.builtIn`) whenever the theme cannot be used.
    ///
    /// `choice` is a path when it holds a `/` or ends in `.toml` (the theme is named
    /// after the file); otherwise a name, looked for first as `NAME.toml` in
    /// `themesFolder` (the user's themes, nil when there is no config folder) and then
    /// among the themes shipped in the binary (`ShippedThemes`).
    public static func load(_ choice: String, themesFolder: String?,
                            files: InterfaceConfigFiles) -> (theme: Theme, warnings: [String]) {
        if choice.contains("/") || choice.hasSuffix(".toml") {
            switch files.read(choice) {
            case .text(let text): return parsed(text, path: choice, name: themeName(path: choice))
            case .missing: return (.builtIn, ["\(choice): no such theme file; using the default theme"])
            case .unreadable(let reason): return (.builtIn, ["\(choice): cannot read: \(reason); using the default theme"])
            }
        }
        if let themesFolder {
            let path = themesFolder + "/" + choice + ".toml"
            switch files.read(path) {
            case .text(let text): return parsed(text, path: path, name: choice)
            case .missing: break
            case .unreadable(let reason): return (.builtIn, ["\(path): cannot read: \(reason); using the default theme"])
            }
        }
        if let text = ShippedThemes.files[choice] {
            return parsed(text, path: "Themes/\(choice).toml", name: choice)
        }
        let place = themesFolder.map { " or \($0)/\(choice).toml" } ?? ""
        let known = shippedNames.joined(separator: ", ")
        return (.builtIn, ["unknown theme \"\(choice)\" (shipped: \(known)\(place)); using the default theme"])
    }

    private static func parsed(_ text: String, path: String, name: String) -> (theme: Theme, warnings: [String]) {
        do {
            return (try parse(text: text, path: path, name: name), [])
        } catch {
            return (.builtIn, ["\(error.description); using the default theme"])
        }
    }
}
