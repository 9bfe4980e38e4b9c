import ConvergeTestSupport
import MergeUI
import Testing

/// The shipped themes: `Themes/*.toml` are the source, `ShippedThemes` the copy in the
/// binary; every one loads cleanly, and `default.toml` is the built-in theme.
@Suite struct ThemeFilesTests {
    static let folder: String = {
        var path = "\(#filePath)"
        for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Themes"
    }()

    static let expectedNames = ["default", "high-contrast", "light", "monochrome", "solarized-dark"]

    @Test func theBinaryHoldsEveryThemeFileByteForByte() throws {
        let snapshot = try TreeSnapshot(Self.folder)
        var files: [String: String] = [:]
        for (name, entry) in snapshot.entries where name.hasSuffix(".toml") {
            files[String(name.dropLast(5))] = String(decoding: entry.bytes ?? [], as: UTF8.self)
        }
        #expect(files.keys.sorted() == Self.expectedNames)
        #expect(ThemeLoader.shippedNames == Self.expectedNames)
        for (name, text) in files {
            // On failure: run Themes/embed.sh.
            #expect(Array(ShippedThemes.files[name]?.utf8 ?? "".utf8) == Array(text.utf8), "Themes/\(name).toml is not embedded as it is")
        }
    }

    @Test(arguments: expectedNames)
    func everyShippedThemeLoadsWithoutWarningsAndCoversEveryRole(name: String) {
        let (theme, warnings) = ThemeLoader.load(name, themesFolder: "/nowhere", files: .memory([:]))
        #expect(warnings == [])
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(StyleRole.allCases))
    }

    @Test func defaultIsTheBuiltInTheme() throws {
        let theme = try ThemeLoader.parse(text: ShippedThemes.files["default"] ?? "", path: "Themes/default.toml", name: "default")
        #expect(theme == Theme.builtIn)
        for role in StyleRole.allCases {
            #expect(theme.styles[role] == Theme.builtIn.styles[role], "\(role.rawValue)")
        }
    }

    @Test func monochromeHasNoColours() {
        let theme = ThemeLoader.load("monochrome", themesFolder: nil, files: .memory([:])).theme
        for (role, style) in theme.styles {
            #expect(style.foreground == nil && style.background == nil, "\(role.rawValue)")
        }
        #expect(theme.stepped(to: .none) == theme)
    }

    /// A role's table may hold a more specific role's table beside its settings
    /// (`[ui.footer]` holds `fg` and `key`); no role is another role's name plus a
    /// setting's, so the two cannot be mistaken for each other.
    @Test func noRoleIsARoleWithASettingsName() {
        for role in StyleRole.allCases {
            for setting in ThemeLoader.settings {
                #expect(StyleRole(rawValue: role.rawValue + "." + setting) == nil, "\(role.rawValue).\(setting)")
            }
        }
    }
}
