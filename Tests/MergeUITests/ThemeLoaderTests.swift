import MergeUI
import Migration
import Testing

/// Theme files read into themes: every spelling TOML allows, every mistake reported as
/// `path:line: what` with the built-in theme instead, and the lookup by name or path.
@Suite struct ThemeLoaderTests {
    static let folder = "/home/u/.config/converge/themes"

    /// Loads `text` as the user's theme `x`.
    func load(_ text: String) -> (theme: Theme, warnings: [String]) {
        ThemeLoader.load("x", themesFolder: Self.folder, files: .memory([Self.folder + "/x.toml": text]))
    }

    @Test func readsRolesInEveryTOMLSpelling() throws {
        let theme = try ThemeLoader.parse(text: """
            "diff.removed" = { fg = "default", reverse = true }
            [ui.footer]
            fg = "white"
            bg = 236
            [ui.footer.key]
            fg = "#FFaa00"
            bold = true
            [diff]
            added = { fg = "green", underline = true }
            [conflict.target]
            fg = "bright-blue"
            dim = true
            italic = true
            """, path: "themes/t.toml")
        #expect(theme.name == "t")
        #expect(theme.styles == [
            .footer: TextStyle(foreground: .indexed(7), background: .indexed(236)),
            .footerKey: TextStyle(foreground: .rgb(0xff, 0xaa, 0x00), bold: true),
            .diffAdded: TextStyle(foreground: .indexed(2), underline: true),
            .diffRemoved: TextStyle(reverse: true),
            .conflictTarget: TextStyle(foreground: .indexed(12), dim: true, italic: true),
        ])
    }

    @Test(arguments: [
        ("[diff.added]\nfg = \"blu\"\n", "x.toml:2: unknown colour \"blu\""),
        ("# a theme\n\n[diff.added]\nbold = true\nbg = 300\n", "x.toml:5: colour 300 is not 0–255"),
        ("[diff.added]\nfg = true\n", "x.toml:2: fg must be a colour: a name, 0–255, \"#rrggbb\" or \"default\""),
        ("[ui.text]\n\n[diff.addded]\nfg = \"green\"\n", "x.toml:3: unknown role \"diff.addded\""),
        ("[diff.addded]\n", "x.toml:1: unknown role \"diff.addded\""),
        ("[diff.added]\nfgg = \"green\"\n",
         "x.toml:2: unknown setting \"fgg\" in [diff.added] (known: fg, bg, bold, dim, italic, underline, reverse)"),
        ("[diff.added]\nbold = \"yes\"\n", "x.toml:2: bold must be true or false"),
        ("name = \"mine\"\n", "x.toml:1: unknown setting \"name\" (a theme holds role tables such as [diff.added])"),
        ("[diff]\nadded = \"green\"\n", "x.toml:2: diff.added must be a table of fg, bg, bold, dim, italic, underline, reverse"),
        ("[ui.footer.kye]\nbold = true\n", "x.toml:1: unknown role \"ui.footer.kye\""),
        // Two mistakes: the one further up is reported, whatever order TOMLKit keeps keys in.
        ("[ui.text]\nfg = \"blu\"\n[class.same]\nbg = \"nope\"\n", "x.toml:2: unknown colour \"blu\""),
    ]) func aMistakeIsReportedWithItsLineAndTheDefaultThemeIsUsed(text: String, message: String) {
        let (theme, warnings) = load(text)
        #expect(theme == .builtIn)
        #expect(warnings == ["\(Self.folder)/\(message); using the default theme"])
    }

    @Test func badTOMLIsReportedWithTheParsersLine() {
        let (theme, warnings) = load("[diff.added]\nfg = \"green\"\nbold = \n")
        #expect(theme == .builtIn)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("\(Self.folder)/x.toml:3: ") == true, "\(warnings)")
        #expect(warnings.first?.hasSuffix("; using the default theme") == true)
    }

    @Test func theUsersThemeIsFoundBeforeTheShippedOne() {
        let files = InterfaceConfigFiles.memory([Self.folder + "/light.toml": "[ui.text]\nbold = true\n"])
        let (theme, warnings) = ThemeLoader.load("light", themesFolder: Self.folder, files: files)
        #expect(warnings == [])
        #expect(theme == Theme(name: "light", styles: [.text: TextStyle(bold: true)]))
        let shipped = ThemeLoader.load("light", themesFolder: Self.folder, files: .memory([:])).theme
        #expect(shipped.styles.count == StyleRole.allCases.count)
    }

    @Test func aPathIsReadAsItIsAndNamesTheTheme() {
        let files = InterfaceConfigFiles.memory(["./mine.toml": "[diff.added]\nfg = 2\n", "/t/other": "[ui.dim]\ndim = true\n"])
        let mine = ThemeLoader.load("./mine.toml", themesFolder: Self.folder, files: files)
        #expect(mine.warnings == [] && mine.theme == Theme(name: "mine", styles: [.diffAdded: TextStyle(foreground: .indexed(2))]))
        let other = ThemeLoader.load("/t/other", themesFolder: nil, files: files)
        #expect(other.warnings == [] && other.theme.name == "other")
        let missing = ThemeLoader.load("gone.toml", themesFolder: nil, files: files)
        #expect(missing.theme == .builtIn)
        #expect(missing.warnings == ["gone.toml: no such theme file; using the default theme"])
    }

    @Test func anUnknownNameGivesTheDefaultThemeAndSaysWhereThemesAre() {
        let (theme, warnings) = ThemeLoader.load("solarised", themesFolder: Self.folder, files: .memory([:]))
        #expect(theme == .builtIn)
        #expect(warnings == ["unknown theme \"solarised\" (shipped: default, high-contrast, light, monochrome, solarized-dark"
            + " or \(Self.folder)/solarised.toml); using the default theme"])
    }

    @Test func anUnreadableFileIsReported() {
        let files = InterfaceConfigFiles { _ in .unreadable("Permission denied") }
        let (theme, warnings) = ThemeLoader.load("x", themesFolder: Self.folder, files: files)
        #expect(theme == .builtIn)
        #expect(warnings == ["\(Self.folder)/x.toml: cannot read: Permission denied; using the default theme"])
    }
}
